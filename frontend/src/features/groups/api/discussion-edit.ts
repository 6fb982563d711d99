import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody } from '@/lib/api/types';
import type { QuestionDetail } from './discussion';
import { groupKeys } from './groups';

export type QuestionEdit = RequestBody<'/api/groups/{group_id}/questions/{question_id}/', 'patch'>;

// The same keys as ./discussion, so edits land in the cached question and list.
const questionsKey = (id: string) => groupKeys.part(id, 'questions');
const questionKey = (id: string, questionId: number) => groupKeys.part(id, 'question', questionId);
const answerPath = '/api/groups/{group_id}/questions/{question_id}/answers/{answer_id}/' as const;
const questionPath = '/api/groups/{group_id}/questions/{question_id}/' as const;

export function useEditQuestion(id: string, questionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionEdit) =>
      unwrap(api.PATCH(questionPath, { params: { path: { group_id: id, question_id: questionId } }, body: input })),
    onSuccess: (question) => {
      queryClient.setQueryData(questionKey(id, questionId), question);
      void queryClient.invalidateQueries({ queryKey: questionsKey(id) });
    },
  });
}

export function useDeleteQuestion(id: string, questionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await unwrap(api.DELETE(questionPath, { params: { path: { group_id: id, question_id: questionId } } }));
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: questionKey(id, questionId) });
      void queryClient.invalidateQueries({ queryKey: questionsKey(id) });
    },
  });
}

export function useEditAnswer(id: string, questionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, body }: { answerId: number; body: string }) =>
      unwrap(
        api.PATCH(answerPath, {
          params: { path: { group_id: id, question_id: questionId, answer_id: answerId } },
          body: { body },
        }),
      ),
    onSuccess: (answer) => {
      queryClient.setQueryData<QuestionDetail>(questionKey(id, questionId), (question) =>
        question && { ...question, answers: question.answers.map((a) => (a.id === answer.id ? answer : a)) },
      );
    },
  });
}

export function useDeleteAnswer(id: string, questionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answerId: number) => {
      await unwrap(
        api.DELETE(answerPath, { params: { path: { group_id: id, question_id: questionId, answer_id: answerId } } }),
      );
      return answerId;
    },
    onSuccess: (answerId) => {
      queryClient.setQueryData<QuestionDetail>(questionKey(id, questionId), (question) =>
        question && { ...question, answers: question.answers.filter((a) => a.id !== answerId) },
      );
      void queryClient.invalidateQueries({ queryKey: questionsKey(id) });
    },
  });
}
