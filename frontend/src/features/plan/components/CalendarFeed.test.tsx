import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { mockFetch, renderAt } from '@/test/render';
import { CalendarFeed } from './CalendarFeed';

const url = 'http://localhost/api/learning/calendar/s3cret.ics';

test('without a feed the learner can make one', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({ 'POST /api/learning/calendar/': { status: 201, body: { url } } });
  renderAt(<CalendarFeed feed={{ url: null }} />);

  await user.click(screen.getByRole('button', { name: 'Make a calendar link' }));

  expect(await screen.findByRole('status')).toHaveTextContent('Your calendar link is ready.');
  const writes = calls.filter((call) => call.method !== 'GET'); // GETs: the CSRF cookie
  expect(writes).toEqual([expect.objectContaining({ method: 'POST', path: '/api/learning/calendar/' })]);
});

test('the feed link can be copied, downloaded, replaced after a confirmation and turned off', async () => {
  const user = userEvent.setup();
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const { calls } = mockFetch({
    'POST /api/learning/calendar/': { status: 201, body: { url: `${url}?new` } },
    'DELETE /api/learning/calendar/': { status: 204 },
  });
  renderAt(<CalendarFeed feed={{ url }} />);

  expect(screen.getByLabelText('Private calendar link')).toHaveValue(url);
  expect(screen.getByRole('link', { name: 'Download .ics' })).toHaveAttribute('href', url);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(writeText).toHaveBeenCalledWith(url);
  expect(screen.getByRole('status')).toHaveTextContent('Link copied.');

  await user.click(screen.getByRole('button', { name: 'New link…' }));
  expect(screen.getByText('The old link stops working.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Make a new link' }));
  expect(await screen.findByText('New link made; the old one no longer works.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Turn off' }));
  expect(await screen.findByText('Calendar link turned off.')).toBeInTheDocument();
  expect(calls.filter((call) => call.method !== 'GET').map((call) => call.method)).toEqual(['POST', 'DELETE']);
});
