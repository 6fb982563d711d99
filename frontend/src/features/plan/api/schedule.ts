import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import { planKeys } from './plan';

export type Milestones = ResponseBody<'/api/learning/milestones/'>;
export type MilestoneWeek = Milestones['weeks'][number];
export type PauseState = ResponseBody<'/api/learning/pauses/'>;
export type Pause = PauseState['pauses'][number];
export type PauseInput = RequestBody<'/api/learning/pauses/'>;
export type CalendarFeed = ResponseBody<'/api/learning/calendar/'>;
export type ForecastAlternative = ResponseBody<'/api/learning/forecast/'>['alternatives'][number];

export const scheduleKeys = {
  milestones: ['plan', 'milestones'] as const,
  pauses: ['plan', 'pauses'] as const,
  calendar: ['plan', 'calendar'] as const,
};

export function useMilestones(enabled: boolean) {
  return useQuery({
    queryKey: scheduleKeys.milestones,
    queryFn: () => unwrap(api.GET('/api/learning/milestones/')),
    enabled,
  });
}

export function usePauses(enabled: boolean) {
  return useQuery({
    queryKey: scheduleKeys.pauses,
    queryFn: () => unwrap(api.GET('/api/learning/pauses/')),
    enabled,
  });
}

/** A pause changes today's queue, the forecast and the milestones at once. */
function useReplan() {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [scheduleKeys.pauses, scheduleKeys.milestones, planKeys.today, planKeys.forecast]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };
}

export function useCreatePause() {
  const replan = useReplan();
  return useMutation({
    mutationFn: (input: PauseInput) => unwrap(api.POST('/api/learning/pauses/', { body: input })),
    onSuccess: replan,
  });
}

export function useEndPause() {
  const replan = useReplan();
  return useMutation({
    mutationFn: (pauseId: number) =>
      unwrap(api.DELETE('/api/learning/pauses/{pause_id}/', { params: { path: { pause_id: pauseId } } })),
    onSuccess: replan,
  });
}

export function useCalendar(enabled: boolean) {
  return useQuery({
    queryKey: scheduleKeys.calendar,
    queryFn: () => unwrap(api.GET('/api/learning/calendar/')),
    enabled,
  });
}

export function useRegenerateCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/learning/calendar/')),
    onSuccess: (feed) => queryClient.setQueryData(scheduleKeys.calendar, feed),
  });
}

export function useRevokeCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await unwrap(api.DELETE('/api/learning/calendar/'));
    },
    onSuccess: () => queryClient.setQueryData(scheduleKeys.calendar, { url: null }),
  });
}

/** "2 Mar" (or "2 Mar 2027" outside this year), from an ISO date, in the reader's locale. */
export function shortDate(iso: string, today = new Date()): string {
  const day = new Date(`${iso}T12:00:00`);
  return day.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    ...(day.getFullYear() !== today.getFullYear() ? { year: 'numeric' } : {}),
  });
}
