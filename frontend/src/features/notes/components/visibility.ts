import type { Visibility } from '../api/notes';

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  private: 'Only me',
  groups: 'My groups',
  public: 'Public',
};

export function formatUpdated(iso: string) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
