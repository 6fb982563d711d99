export type Snapshot = Record<string, unknown> | null;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(show).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, item]) => item !== '' && item !== null)
      .map(([key, item]) => `${key}: ${show(item)}`)
      .join(', ');
  }
  return String(value);
}

/** The fields whose value differs between the two snapshots, each shown as text. */
export function changedFields(before: Snapshot, after: Snapshot): { field: string; before: string; after: string }[] {
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return names
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }))
    .filter((row) => row.before !== row.after);
}
