export type AreaColour = {
  /** Strong colour for dots, borders and the minimap; at least 3:1 against white. */
  solid: string;
  /** Pale background that keeps dark text at AA contrast. */
  tint: string;
};

/** Areas in the order a learner usually meets them; the legend and "by area" lists follow it. */
export const AREA_ORDER = [
  'notation-proof',
  'linear-algebra',
  'calculus',
  'probability-statistics',
  'optimisation',
  'discrete-maths',
  'ml-maths',
] as const;

const colours: Record<string, AreaColour> = {
  'notation-proof': { solid: '#64748b', tint: '#eef2f6' },
  'linear-algebra': { solid: '#2563eb', tint: '#e3ecfd' },
  calculus: { solid: '#c2410c', tint: '#fdebdd' },
  'probability-statistics': { solid: '#15803d', tint: '#dff3e6' },
  optimisation: { solid: '#be123c', tint: '#fce4ea' },
  'discrete-maths': { solid: '#7c3aed', tint: '#eee6fd' },
  'ml-maths': { solid: '#0e7490', tint: '#dcf1f5' },
};

const unknownArea: AreaColour = { solid: '#52525b', tint: '#f1f1f3' };

export function areaColour(slug: string): AreaColour {
  return colours[slug] ?? unknownArea;
}

/** Sort key for an area slug: known areas in AREA_ORDER, unknown ones after them. */
export function areaRank(slug: string): number {
  const index = (AREA_ORDER as readonly string[]).indexOf(slug);
  return index === -1 ? AREA_ORDER.length : index;
}

/** "probability-statistics" → "Probability statistics", until the areas list has loaded. */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
