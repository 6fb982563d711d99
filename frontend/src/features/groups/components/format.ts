export function membersText(count: number, limit: number | null): string {
  const members = `${count} ${count === 1 ? 'member' : 'members'}`;
  return limit ? `${members} of at most ${limit}` : members;
}

/** "3 Mar, 14:05" in the reader's locale and time zone. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function day(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}
