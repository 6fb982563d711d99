const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Topics whose title contains every word of the query, best first: titles that start with the
 * query, then titles with a word starting with it, then the rest, each alphabetically.
 */
export function matchTopics<T extends { title: string }>(topics: readonly T[], query: string): T[] {
  const needle = fold(query.trim());
  const sorted = [...topics].sort((a, b) => a.title.localeCompare(b.title));
  if (!needle) return sorted;
  const words = needle.split(/\s+/);
  const rank = (title: string) => {
    if (title.startsWith(needle)) return 0;
    if (title.includes(` ${needle}`)) return 1;
    return 2;
  };
  return sorted
    .map((topic) => ({ topic, title: fold(topic.title) }))
    .filter(({ title }) => words.every((word) => title.includes(word)))
    .sort((a, b) => rank(a.title) - rank(b.title))
    .map(({ topic }) => topic);
}

/** Hours completed after each step: [3, 4, 2] → [3, 7, 9]. */
export function runningTotals(hours: readonly number[]): number[] {
  let total = 0;
  return hours.map((value) => (total += value));
}
