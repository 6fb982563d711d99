import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/errors';
import type { RequestBody, ResponseBody } from '@/lib/api/types';

export type Profile = ResponseBody<'/api/learning/profile/'>;
export type ProfileInput = RequestBody<'/api/learning/profile/', 'put'>;
export type TodayItem = ResponseBody<'/api/learning/today/'>[number];
export type Forecast = ResponseBody<'/api/learning/forecast/'>;
export type ProfileDefaults = ResponseBody<'/api/learning/profile/defaults/'>;

export const planKeys = {
  all: ['plan'] as const,
  profile: ['plan', 'profile'] as const,
  today: ['plan', 'today'] as const,
  forecast: ['plan', 'forecast'] as const,
  defaults: (hours: string) => ['plan', 'defaults', hours] as const,
};

/** The learner's profile, or null before they have set one up (the API answers 404). */
export async function getProfile(): Promise<Profile | null> {
  try {
    return await unwrap(api.GET('/api/learning/profile/'));
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return null;
    throw error;
  }
}

export function useProfile() {
  return useQuery({ queryKey: planKeys.profile, queryFn: getProfile });
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => unwrap(api.PUT('/api/learning/profile/', { body: input })),
    // A new profile changes today's queue and the forecast at once.
    onSuccess: (profile) => {
      queryClient.setQueryData(planKeys.profile, profile);
      void queryClient.invalidateQueries({ queryKey: planKeys.today });
      void queryClient.invalidateQueries({ queryKey: planKeys.forecast });
      void queryClient.invalidateQueries({ queryKey: ['plan', 'dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['plan', 'milestones'] });
    },
  });
}

export function useProfileDefaults(hours: string) {
  return useQuery({
    queryKey: planKeys.defaults(hours),
    queryFn: () =>
      unwrap(api.GET('/api/learning/profile/defaults/', { params: { query: { hours_per_day: hours } } })),
    enabled: Number(hours) >= 0.5 && Number(hours) <= 4,
  });
}

export function useToday(enabled: boolean) {
  return useQuery({ queryKey: planKeys.today, queryFn: () => unwrap(api.GET('/api/learning/today/')), enabled });
}

export function useForecast(enabled: boolean) {
  return useQuery({
    queryKey: planKeys.forecast,
    queryFn: () => unwrap(api.GET('/api/learning/forecast/')),
    enabled,
  });
}

export type Dashboard = ResponseBody<'/api/learning/dashboard/'>;
export type TimeLogInput = RequestBody<'/api/learning/time/'>;

export const dashboardKey = ['plan', 'dashboard'] as const;

export function useDashboard(enabled: boolean) {
  return useQuery({ queryKey: dashboardKey, queryFn: () => unwrap(api.GET('/api/learning/dashboard/')), enabled });
}

export function useLogTime() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TimeLogInput) => unwrap(api.POST('/api/learning/time/', { body: input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: dashboardKey }),
  });
}

export type TopicProgress = ResponseBody<'/api/learning/progress/'>[number];
export type MasteryLevel = TopicProgress['level'];

/** Keyed by user so one learner's levels are never shown to the next one to sign in here. */
export const progressKey = (userId: number | null) => ['plan', 'progress', userId] as const;

/** The learner's level in every topic they have attempted, or null when signed out (401/403). */
export async function getProgress(): Promise<TopicProgress[] | null> {
  try {
    return await unwrap(api.GET('/api/learning/progress/'));
  } catch (error) {
    if (isApiError(error) && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

/** Levels change with every answer, so this is fetched afresh whenever a screen needs it. */
export function useProgress(userId: number | null | undefined) {
  return useQuery({
    queryKey: progressKey(userId ?? null),
    queryFn: getProgress,
    enabled: userId != null,
    staleTime: 0,
  });
}

export type TopicChoice = ResponseBody<'/api/topics/'>[number];

/** Every topic, for choosing a goal of one's own (the same list and cache key as the topic picker on Learn). */
export function useTopicChoices(enabled: boolean) {
  return useQuery({ queryKey: ['topics'], queryFn: () => unwrap(api.GET('/api/topics/')), enabled });
}
