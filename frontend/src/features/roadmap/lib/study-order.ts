import { areaRank } from '@/lib/areas/colours';

type Topic = { slug: string; title: string; area: string };
type Edge = { from: string; to: string };

/**
 * Topics in an order a learner can study them: every prerequisite before its dependents.
 * Kahn's algorithm; among the topics ready at each step it takes the earliest area, then the
 * title, so the order is stable and related topics stay together. Edges to topics outside the
 * list are ignored; topics caught in a cycle (which the loader forbids) are appended at the end.
 */
export function studyOrder<T extends Topic>(topics: readonly T[], edges: readonly Edge[]): T[] {
  const bySlug = new Map(topics.map((topic) => [topic.slug, topic]));
  const waiting = new Map(topics.map((topic) => [topic.slug, 0]));
  const dependents = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!bySlug.has(from) || !bySlug.has(to)) continue;
    waiting.set(to, (waiting.get(to) ?? 0) + 1);
    dependents.set(from, [...(dependents.get(from) ?? []), to]);
  }
  const compare = (a: T, b: T) => areaRank(a.area) - areaRank(b.area) || a.title.localeCompare(b.title);
  const ready = topics.filter((topic) => waiting.get(topic.slug) === 0);
  const ordered: T[] = [];
  while (ready.length > 0) {
    ready.sort(compare);
    const next = ready.shift() as T;
    ordered.push(next);
    for (const slug of dependents.get(next.slug) ?? []) {
      const left = (waiting.get(slug) ?? 0) - 1;
      waiting.set(slug, left);
      if (left === 0) ready.push(bySlug.get(slug) as T);
    }
  }
  if (ordered.length < topics.length) {
    const placed = new Set(ordered.map((topic) => topic.slug));
    ordered.push(...topics.filter((topic) => !placed.has(topic.slug)));
  }
  return ordered;
}
