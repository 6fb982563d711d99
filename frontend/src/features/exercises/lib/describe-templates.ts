const MAX_DIFFICULTY = 3;

/** "2 exercises · difficulty 1–2 of 3" */
export function describeTemplates(templates: readonly { difficulty: number }[]): string {
  const count = `${templates.length} ${templates.length === 1 ? 'exercise' : 'exercises'}`;
  const levels = templates.map((template) => template.difficulty);
  if (levels.length === 0) return count;
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  return `${count} · difficulty ${low === high ? low : `${low}–${high}`} of ${MAX_DIFFICULTY}`;
}

export const difficultyLabel = (difficulty: number) => `Difficulty ${difficulty} of ${MAX_DIFFICULTY}`;
