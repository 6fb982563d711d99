export const KINDS = ['course', 'book', 'video', 'article', 'interactive'] as const;
export const COSTS = ['free', 'freemium', 'paid'] as const;

export type Kind = (typeof KINDS)[number];
export type Cost = (typeof COSTS)[number];
export type ResourceFilter = { kind: Kind | 'all'; cost: Cost | 'all' };

const plurals: Record<Kind, string> = {
  course: 'courses',
  book: 'books',
  video: 'videos',
  article: 'articles',
  interactive: 'interactive resources',
};

export function filterResources<R extends { kind: string; cost: string }>(
  resources: readonly R[],
  { kind, cost }: ResourceFilter,
): R[] {
  return resources.filter(
    (resource) => (kind === 'all' || resource.kind === kind) && (cost === 'all' || resource.cost === cost),
  );
}

/** "free videos", "books", "paid resources", "resources". */
export function describeSelection({ kind, cost }: ResourceFilter): string {
  const noun = kind === 'all' ? 'resources' : plurals[kind];
  return cost === 'all' ? noun : `${cost} ${noun}`;
}

/** "No free videos for this topic yet". */
export function emptyMessage(filter: ResourceFilter): string {
  return `No ${describeSelection(filter)} for this topic yet`;
}
