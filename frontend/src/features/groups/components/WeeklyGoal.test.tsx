import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { Weekly } from '../api/progress';
import { WeeklyGoal } from './WeeklyGoal';

const groupId = '6f1c0d8e-0000-4000-8000-000000000001';
const path = `/api/groups/${groupId}/weekly/`;

const rows: Weekly['rows'] = [
  { user_id: 1, username: 'ada', hours: 3.5, topics: 2, met: true },
  { user_id: 2, username: 'bea', hours: 1, topics: 0, met: false },
  { user_id: 3, username: 'cy', hours: null, topics: null, met: null },
];
const week = { week_start: '2025-03-03', week_end: '2025-03-09' };
const withGoal: Weekly = { ...week, goal_hours: '3.0', goal_topics: 1, rows };
const noGoal: Weekly = {
  ...week,
  goal_hours: null,
  goal_topics: null,
  rows: rows.map((row) => ({ ...row, met: null })),
};

const cells = (name: string) =>
  within(screen.getByRole('row', { name: new RegExp(`^${name} `) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

test('everyone sees the goal and who has met it, in words', async () => {
  mockFetch({ [`GET ${path}`]: withGoal });
  renderAt(<WeeklyGoal groupId={groupId} canManage={false} />);

  expect(await screen.findByText('This week’s goal: 3 h of study and 1 topic mastered each.')).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Who has met this week’s goal so far' })).toBeInTheDocument();
  expect(cells('ada')).toEqual(['3.5 h', '2', '✓ Met']);
  expect(cells('bea')).toEqual(['1.0 h', '0', 'Not yet']);
  expect(cells('cy')).toEqual(['Not shared', 'Not shared', 'Not shared']);
  expect(screen.queryByRole('heading', { name: 'Set the weekly goal' })).not.toBeInTheDocument();
});

test('without a goal a member is told who can set one', async () => {
  mockFetch({ [`GET ${path}`]: noGoal });
  renderAt(<WeeklyGoal groupId={groupId} canManage={false} />);

  expect(await screen.findByText('No weekly goal is set.')).toBeInTheDocument();
  expect(screen.getByText(/The owner or an admin can set one/)).toBeInTheDocument();
  expect(cells('ada')).toEqual(['3.5 h', '2', 'No goal']);
});

test('an admin sets hours and topics, after fixing out-of-range values', async () => {
  const { calls } = mockFetch({
    [`GET ${path}`]: noGoal,
    [`PUT ${path}`]: ({ body }: { body: string }) => {
      const input = JSON.parse(body) as { hours: string | null; topics: number | null };
      return { ...withGoal, goal_hours: input.hours, goal_topics: input.topics };
    },
  });
  renderAt(<WeeklyGoal groupId={groupId} canManage />);

  expect(await screen.findByText(/Set one below/)).toBeInTheDocument();
  const hours = screen.getByLabelText('Hours per member');
  const topics = screen.getByLabelText('Topics to master per member');
  await userEvent.type(hours, '100');
  await userEvent.type(topics, '0');
  await userEvent.click(screen.getByRole('button', { name: 'Save weekly goal' }));

  expect(screen.getByText('Hours go from 0.5 to 80, or leave it empty.')).toBeInTheDocument();
  expect(screen.getByText('Topics go from 1 to 20, or leave it empty.')).toBeInTheDocument();
  expect(hours).toHaveAttribute('aria-invalid', 'true');
  expect(topics).toHaveAttribute('aria-invalid', 'true');
  expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(0);

  await userEvent.clear(hours);
  await userEvent.type(hours, '2.5');
  await userEvent.clear(topics);
  await userEvent.type(topics, '2');
  await userEvent.click(screen.getByRole('button', { name: 'Save weekly goal' }));

  expect(await screen.findByText('This week’s goal: 2.5 h of study and 2 topics mastered each.')).toBeInTheDocument();
  expect(screen.getByText('Saved.')).toBeInTheDocument();
  expect(screen.queryByText(/Hours go from/)).not.toBeInTheDocument();
  expect(JSON.parse(calls.find((call) => call.method === 'PUT')!.body)).toEqual({ hours: '2.5', topics: 2 });
});

test('emptying both boxes drops the goal, and a server field error shows by its field', async () => {
  const { calls } = mockFetch({
    [`GET ${path}`]: withGoal,
    [`PUT ${path}`]: ({ body }: { body: string }) =>
      JSON.parse(body).hours === null
        ? noGoal
        : {
            status: 400,
            body: {
              error: {
                status: 400,
                code: 'invalid',
                message: 'Some of the details are not right.',
                fields: { hours: ['Ensure that there are no more than 4 digits in total.'] },
              },
            },
          },
  });
  renderAt(<WeeklyGoal groupId={groupId} canManage />);

  const hours = await screen.findByLabelText('Hours per member');
  expect(hours).toHaveValue(3);
  expect(screen.getByLabelText('Topics to master per member')).toHaveValue(1);

  await userEvent.click(screen.getByRole('button', { name: 'Save weekly goal' }));
  expect(await screen.findByText('Ensure that there are no more than 4 digits in total.')).toBeInTheDocument();
  expect(hours).toHaveAttribute('aria-invalid', 'true');

  await userEvent.clear(hours);
  await userEvent.clear(screen.getByLabelText('Topics to master per member'));
  await userEvent.click(screen.getByRole('button', { name: 'Save weekly goal' }));

  expect(await screen.findByText('No weekly goal is set.')).toBeInTheDocument();
  expect(JSON.parse(calls.filter((call) => call.method === 'PUT').at(-1)!.body)).toEqual({ hours: null, topics: null });
});
