import { mockFetch } from '@/test/render';
import { getProgress } from './plan';

test('progress is the list of attempted topics, and nothing at all when signed out', async () => {
  const rows = [{ topic: 'vectors', title: 'Vectors', level: 'learning', p_known: 0.4, attempts: 2, correct: 1, distinct_solved: 1, last_attempt_at: null, due_at: null }];
  mockFetch({ 'GET /api/learning/progress/': rows });
  await expect(getProgress()).resolves.toEqual(rows);

  mockFetch({ 'GET /api/learning/progress/': { status: 403, body: { error: { status: 403, code: 'not_authenticated', message: 'Log in.' } } } });
  await expect(getProgress()).resolves.toBeNull();

  mockFetch({ 'GET /api/learning/progress/': { status: 500 } });
  await expect(getProgress()).rejects.toMatchObject({ status: 500 });
});
