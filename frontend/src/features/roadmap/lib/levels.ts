import type { Level } from '@/components/LevelBadge';

export const LEVELS: readonly Level[] = ['core', 'recommended', 'optional'];

/**
 * Keeps the topics at the chosen levels and the edges between them. A goal's prerequisites carry
 * the strongest level of the goals that need them, so hiding a level never orphans a shown topic.
 */
export function filterByLevel<T extends { slug: string; level: Level }, E extends { from: string; to: string }>(
  topics: readonly T[],
  edges: readonly E[],
  shown: ReadonlySet<Level>,
): { topics: T[]; edges: E[] } {
  const kept = topics.filter((topic) => shown.has(topic.level));
  const slugs = new Set(kept.map((topic) => topic.slug));
  return { topics: kept, edges: edges.filter((edge) => slugs.has(edge.from) && slugs.has(edge.to)) };
}
