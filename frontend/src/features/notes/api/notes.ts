import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/errors';
import type { RequestBody, ResponseBody } from '@/lib/api/types';

export type MyNote = ResponseBody<'/api/groups/notes/{topic}/'>;
export type NoteInput = RequestBody<'/api/groups/notes/{topic}/', 'put'>;
export type Visibility = MyNote['visibility'];
export type MyGroupChoice = ResponseBody<'/api/groups/'>[number];

export const NOTE_MAX = 20_000;
export const EXPORT_URL = '/api/groups/notes/export.md';

export const noteKeys = {
  all: ['notes'] as const,
  mine: ['notes', 'mine'] as const,
  topic: (topic: string) => ['notes', 'topic', topic] as const,
};

export function useMyNotes() {
  return useQuery({ queryKey: noteKeys.mine, queryFn: () => unwrap(api.GET('/api/groups/notes/')) });
}

/** The learner's note on a topic, or null when they have not written one yet (a 404). */
export function useMyNote(topic: string) {
  return useQuery({
    queryKey: noteKeys.topic(topic),
    queryFn: async (): Promise<MyNote | null> => {
      try {
        return await unwrap(api.GET('/api/groups/notes/{topic}/', { params: { path: { topic } } }));
      } catch (error) {
        if (isApiError(error) && error.isNotFound) return null;
        throw error;
      }
    },
  });
}

export function useSaveNote(topic: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteInput) =>
      unwrap(api.PUT('/api/groups/notes/{topic}/', { params: { path: { topic } }, body: input })),
    onSuccess: (note) => {
      queryClient.setQueryData(noteKeys.topic(topic), note);
      void queryClient.invalidateQueries({ queryKey: noteKeys.mine });
    },
  });
}

export function useDeleteNote(topic: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await unwrap(api.DELETE('/api/groups/notes/{topic}/', { params: { path: { topic } } }));
    },
    onSuccess: () => {
      queryClient.setQueryData(noteKeys.topic(topic), null);
      void queryClient.invalidateQueries({ queryKey: noteKeys.mine });
    },
  });
}

/** The learner's groups, to choose which ones a note is shared with (the groups feature keeps
 * the same list under the same key, so joining or leaving there refreshes it here). */
export function useGroupChoices() {
  return useQuery({ queryKey: ['groups', 'mine'], queryFn: () => unwrap(api.GET('/api/groups/')) });
}
