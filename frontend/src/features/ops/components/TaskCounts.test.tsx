import { screen, within } from '@testing-library/react';
import { mockFetch, renderAt } from '@/test/render';
import { TaskCounts } from './TaskCounts';

const counts = {
  mode: 'workers',
  queued: 4,
  running: 2,
  workers: ['celery@web-1', 'celery@web-2'],
  failed_last_24h: { 'exercises.tasks.grade_submission': 1, 'groups.tasks.group_digests_send': 0 },
  grading: { queued: 3, grading: 1, oldest_pending_seconds: 125, graded_last_24h: 812, failed_last_24h: 1 },
};

function tile(label: string) {
  return screen.getByText(label).closest('div') as HTMLElement;
}

test('staff see grading by state, the queue, the workers and failures per task', async () => {
  mockFetch({ 'GET /api/ops/tasks/': counts });
  renderAt(<TaskCounts />);

  expect(await screen.findByRole('heading', { name: 'Grading' })).toBeInTheDocument();
  expect(within(tile('Waiting')).getByText('3')).toBeInTheDocument();
  expect(within(tile('Oldest waiting')).getByText('2 min')).toBeInTheDocument();
  expect(within(tile('Graded, last 24 h')).getByText('812')).toBeInTheDocument();
  expect(within(tile('Queued')).getByText('4')).toBeInTheDocument();
  expect(within(tile('Workers')).getByText('2')).toBeInTheDocument();
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  expect(rows.map((row) => row.textContent)).toEqual([
    'TaskFailures',
    'exercises.tasks.grade_submission1',
    'groups.tasks.group_digests_send0',
  ]);
});

test('an unreachable Redis and silent workers are said in words', async () => {
  mockFetch({ 'GET /api/ops/tasks/': { ...counts, queued: null, running: null, workers: null } });
  renderAt(<TaskCounts />);

  expect(await screen.findByText('Redis unreachable')).toBeInTheDocument();
  expect(screen.getByText('no worker answered')).toBeInTheDocument();
});

test('in-process mode explains that nothing queues', async () => {
  mockFetch({ 'GET /api/ops/tasks/': { ...counts, mode: 'in-process', queued: 0, running: 0, workers: [] } });
  renderAt(<TaskCounts />);

  expect(await screen.findByText(/Tasks run inside the web process here/)).toBeInTheDocument();
  expect(screen.queryByText('Queued')).not.toBeInTheDocument();
});

test('an error offers a retry', async () => {
  mockFetch({ 'GET /api/ops/tasks/': { status: 403, body: { error: { status: 403, code: 'permission_denied', message: 'Staff only.' } } } });
  renderAt(<TaskCounts />);

  expect(await screen.findByRole('alert')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});
