export const KIND_OPTIONS = [
  { value: 'article', label: 'Article' },
  { value: 'course', label: 'Course' },
  { value: 'book', label: 'Book' },
  { value: 'video', label: 'Video' },
  { value: 'interactive', label: 'Interactive' },
] as const;

export const COST_OPTIONS = [
  { value: 'free', label: 'Free' },
  { value: 'freemium', label: 'Freemium' },
  { value: 'paid', label: 'Paid' },
] as const;

export type Kind = (typeof KIND_OPTIONS)[number]['value'];
export type Cost = (typeof COST_OPTIONS)[number]['value'];

/** "3 Mar 2025, 14:05" in the reader's locale. */
export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
