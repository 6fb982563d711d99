import type { AnswerKind } from '../api/get-instance';
import type { AnswerMode } from './answer-state';

const TEXT_EXAMPLES: Partial<Record<AnswerKind, string>> = {
  number: 'e.g. 3/4, -2, 2*sqrt(3), pi/2',
  expression: 'e.g. 3*x^2 + 1, sqrt(x), exp(-x)',
  equation: 'e.g. y = 2*x + 1',
  set: 'e.g. {1, 2, 3}',
  tuple: 'e.g. (1, -2)',
  interval: 'e.g. [0, 1) or (-oo, 2]',
  vector: 'e.g. [1, -2, 1/2]',
  matrix: 'e.g. [[1, 2], [3, 4]]',
};

/** The help line shown under an empty input. */
export function answerTips(kind: AnswerKind, mode: AnswerMode, variables: readonly string[]): string {
  const uses = variables.length > 0 ? ` Variables: ${variables.join(', ')}.` : '';
  switch (mode) {
    case 'math': {
      const shape = kind === 'number' || kind === 'expression' ? '' : ` Write it like ${TEXT_EXAMPLES[kind]?.slice(5)}.`;
      return `Type / for a fraction, ^ for a power, sqrt for a root; Enter checks.${shape}${uses}`;
    }
    case 'grid':
      return 'Each entry can be a number or an expression, e.g. 1/2, -3, sqrt(2). Arrow keys move between entries.';
    case 'text':
      return `Use * for times and ^ for powers, ${TEXT_EXAMPLES[kind] ?? 'e.g. 2*x + 1'}.${uses}`;
    case 'choice':
      return '';
  }
}
