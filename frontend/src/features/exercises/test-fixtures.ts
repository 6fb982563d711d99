import type { Submission } from './api/create-submission';
import type { Instance } from './api/get-instance';

export const instanceId = '6f1c8a2e-0000-4000-8000-000000000001';

export function makeInstance(overrides: Partial<Instance> = {}): Instance {
  return {
    id: instanceId,
    template: { slug: 'dot-product-2d', title: 'Dot product of two plane vectors', difficulty: 1 },
    topic: { slug: 'dot-product', title: 'The dot product' },
    seed: 0,
    kind: 'number',
    prompt: 'Let $a = (3, 5)$ and $b = (6, -3)$. Compute $a \\cdot b$.',
    variables: [],
    shape: null,
    choices: [],
    hints: [],
    hints_total: 2,
    solution: null,
    answer: null,
    ...overrides,
  };
}

export function makeSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    instance: instanceId,
    answer: '21',
    interpretation: '21',
    status: 'graded',
    correct: false,
    code: 'mistake',
    feedback: 'Pair the components in the same position; you multiplied first with second.',
    form_ok: true,
    misconception: 'dot-product-crossed-components',
    error_position: null,
    suggestion: '',
    created_at: '2026-01-01T00:00:00Z',
    graded_at: '2026-01-01T00:00:01Z',
    ...overrides,
  };
}
