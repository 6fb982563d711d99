import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { ActivityEvent, ActivityPage } from '../api/progress';
import { ActivityFeed } from './ActivityFeed';

const groupId = '6f1c0d8e-0000-4000-8000-000000000001';
const path = `/api/groups/${groupId}/activity/`;
const ada = { user_id: 1, username: 'ada' };
const bea = { user_id: 2, username: 'bea' };

const recent: ActivityEvent[] = [
  { kind: 'mastered', at: '2025-03-05T10:00:00Z', user: ada, topic: 'dot-product', topic_title: 'The dot product', days: null },
  { kind: 'streak', at: '2025-03-04T10:00:00Z', user: bea, topic: null, topic_title: null, days: 7 },
];
const older: ActivityEvent[] = [{ kind: 'joined', at: '2025-03-01T10:00:00Z', user: bea, days: null }];

const items = () =>
  within(screen.getByRole('list', { name: 'Recent activity' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

test('events read as sentences, with the mastered topic linked', async () => {
  mockFetch({ [`GET ${path}`]: { events: recent, next_before: null } satisfies ActivityPage });
  renderAt(<ActivityFeed groupId={groupId} />);

  expect(await screen.findByRole('list', { name: 'Recent activity' })).toBeInTheDocument();
  expect(items()[0]).toMatch(/^ada mastered The dot product/);
  expect(items()[1]).toMatch(/^bea reached a 7-day study streak/);
  expect(screen.getByRole('link', { name: 'The dot product' })).toHaveAttribute('href', '/topics/dot-product');
  expect(screen.queryByRole('button', { name: 'Show older activity' })).not.toBeInTheDocument();
});

test('a quiet group says what will show up here', async () => {
  mockFetch({ [`GET ${path}`]: { events: [], next_before: null } satisfies ActivityPage });
  renderAt(<ActivityFeed groupId={groupId} />);

  expect(await screen.findByText(/Nothing yet\. Joining, mastering topics and study streaks/)).toBeInTheDocument();
  expect(screen.queryByRole('list')).not.toBeInTheDocument();
});

test('older activity loads below on request, from where the first page ended', async () => {
  const { calls } = mockFetch({
    [`GET ${path}`]: ({ url }: { url: URL }) =>
      url.searchParams.get('before')
        ? { events: older, next_before: null }
        : { events: recent, next_before: '2025-03-04T10:00:00Z' },
  });
  renderAt(<ActivityFeed groupId={groupId} />);

  await userEvent.click(await screen.findByRole('button', { name: 'Show older activity' }));

  expect(await screen.findByText(/joined the group/)).toBeInTheDocument();
  expect(items()).toHaveLength(3);
  expect(items()[2]).toMatch(/^bea joined the group/);
  expect(screen.queryByRole('button', { name: 'Show older activity' })).not.toBeInTheDocument();
  expect(calls).toHaveLength(2);
});

test('a failed load says so and a retry shows the events', async () => {
  let attempts = 0;
  mockFetch({
    [`GET ${path}`]: () =>
      ++attempts === 1
        ? { status: 500, body: { error: { status: 500, code: 'server_error', message: 'The feed is down.' } } }
        : { events: recent, next_before: null },
  });
  renderAt(<ActivityFeed groupId={groupId} />);

  expect(await screen.findByRole('alert')).toHaveTextContent('The feed is down.');
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('list', { name: 'Recent activity' })).toBeInTheDocument();
});
