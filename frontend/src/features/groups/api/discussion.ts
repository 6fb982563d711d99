import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import { groupKeys, LIVE_MS } from './groups';

export type QuestionItem = ResponseBody<'/api/groups/{group_id}/questions/'>[number];
export type QuestionDetail = ResponseBody<'/api/groups/{group_id}/questions/{question_id}/'>;
export type Answer = QuestionDetail['answers'][number];
export type QuestionInput = RequestBody<'/api/groups/{group_id}/questions/'>;

const questionsKey = (id: string) => groupKeys.part(id, 'questions');
const questionKey = (id: string, questionId: number) => groupKeys.part(id, 'question', questionId);

export function useQuestions(id: string, topic: string) {
  return useQuery({
    queryKey: [...questionsKey(id), topic],
    staleTime: LIVE_MS,
    queryFn: () =>
      unwrap(
        api.GET('/api/groups/{group_id}/questions/', {
          params: { path: { group_id: id }, query: { limit: 50, ...(topic ? { topic } : {}) } },
        }),
      ),
  });
}

export function useQuestion(id: string, questionId: number) {
  return useQuery({
    queryKey: questionKey(id, questionId),
    staleTime: LIVE_MS,
    queryFn: () =>
      unwrap(
        api.GET('/api/groups/{group_id}/questions/{question_id}/', {
          params: { path: { group_id: id, question_id: questionId } },
        }),
      ),
  });
}

export function useAskQuestion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionInput) =>
      unwrap(api.POST('/api/groups/{group_id}/questions/', { params: { path: { group_id: id } }, body: input })),
    onSuccess: (question) => {
      queryClient.setQueryData(questionKey(id, question.id), question);
      void queryClient.invalidateQueries({ queryKey: questionsKey(id) });
    },
  });
}

export function useAnswerQuestion(id: string, questionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.POST('/api/groups/{group_id}/questions/{question_id}/answers/', {
          params: { path: { group_id: id, question_id: questionId } },
          body: { body },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: questionKey(id, questionId) });
      void queryClient.invalidateQueries({ queryKey: questionsKey(id) });
    },
  });
}

export function useMarkHelpful(id: string, questionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, helpful }: { answerId: number; helpful: boolean }) => {
      const params = { path: { group_id: id, question_id: questionId, answer_id: answerId } };
      const path = '/api/groups/{group_id}/questions/{question_id}/answers/{answer_id}/helpful/' as const;
      return unwrap(helpful ? api.POST(path, { params }) : api.DELETE(path, { params }));
    },
    onSuccess: (answer) => {
      queryClient.setQueryData<QuestionDetail>(questionKey(id, questionId), (question) =>
        question && { ...question, answers: question.answers.map((a) => (a.id === answer.id ? answer : a)) },
      );
      void queryClient.invalidateQueries({ queryKey: questionsKey(id) });
    },
  });
}
