import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/errors';
import type { ResponseBody } from '@/lib/api/types';

export type Assessment = ResponseBody<'/api/assessments/{id}/'>;
export type AssessmentQuestion = Assessment['questions'][number];
export type PlacedTopic = Assessment['placed'][number];

export const assessmentKeys = {
  placement: ['assessments', 'placement'] as const,
  one: (id: string) => ['assessments', id] as const,
};

/** The open question: the last one, while the assessment is in progress and it has no outcome. */
export function openQuestion(assessment: Assessment): AssessmentQuestion | null {
  const last = assessment.questions.at(-1);
  return assessment.status === 'active' && last && !last.outcome ? last : null;
}

/** The learner's latest placement, or null if they have never started or skipped one. */
export async function getPlacement(): Promise<Assessment | null> {
  try {
    return await unwrap(api.GET('/api/assessments/placement/'));
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return null;
    throw error;
  }
}

export function usePlacement(enabled = true) {
  return useQuery({ queryKey: assessmentKeys.placement, queryFn: getPlacement, enabled });
}

export function useAssessment(id: string | null) {
  return useQuery({
    queryKey: assessmentKeys.one(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/assessments/{id}/', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}

/** Every change to an assessment may credit topics: the plan, progress and roadmap reload. */
function useSettle() {
  const queryClient = useQueryClient();
  return (assessment: Assessment) => {
    queryClient.setQueryData(assessmentKeys.one(assessment.id), assessment);
    if (assessment.kind === 'placement') queryClient.setQueryData(assessmentKeys.placement, assessment);
    if (assessment.status !== 'active') void queryClient.invalidateQueries({ queryKey: ['plan'] });
  };
}

export function useStartPlacement() {
  const settle = useSettle();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/assessments/placement/')), onSuccess: settle });
}

export function useSkipPlacement() {
  const settle = useSettle();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/assessments/placement/skip/')), onSuccess: settle });
}

export function useStartTestOut() {
  const settle = useSettle();
  return useMutation({
    mutationFn: (topic: string) => unwrap(api.POST('/api/assessments/test-out/', { body: { topic } })),
    onSuccess: settle,
  });
}

type Step = 'advance' | 'dont_know' | 'stop';

/** Move an assessment on: after a graded answer, with "I don't know", or by finishing now. */
export function useAssessmentStep(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (step: Step) => {
      const params = { params: { path: { id } } };
      if (step === 'advance') return unwrap(api.POST('/api/assessments/{id}/advance/', params));
      if (step === 'dont_know') return unwrap(api.POST('/api/assessments/{id}/dont-know/', params));
      return unwrap(api.POST('/api/assessments/{id}/stop/', params));
    },
    onSuccess: settle,
  });
}
