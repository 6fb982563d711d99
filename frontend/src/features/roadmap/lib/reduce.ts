type Edge = { from: string; to: string };

/**
 * Drops every edge a→c that is implied by a longer path a→…→c (the transitive reduction, as in
 * a Hasse diagram). The study order is unchanged, and the drawing loses its longest, most
 * tangled lines. Depth-first search from each edge's source that skips the edge itself:
 * O(E·(V+E)), trivial for a roadmap of a few hundred edges.
 */
export function transitiveReduction<E extends Edge>(edges: readonly E[]): E[] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);

  const reachableAvoidingDirect = (from: string, to: string) => {
    const stack = (next.get(from) ?? []).filter((node) => node !== to);
    const seen = new Set<string>();
    while (stack.length > 0) {
      const node = stack.pop() as string;
      if (node === to) return true;
      if (seen.has(node)) continue;
      seen.add(node);
      stack.push(...(next.get(node) ?? []));
    }
    return false;
  };

  return edges.filter(({ from, to }) => !reachableAvoidingDirect(from, to));
}
