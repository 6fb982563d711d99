import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { PauseState } from '../api/schedule';
import { PausedToday, PausePanel, WelcomeBack } from './PausePanel';

const idle: PauseState = {
  today: '2030-03-04',
  paused: false,
  pauses: [],
  waiting_reviews: 0,
  message: null,
  catch_up: { piled: 0, per_day: 0, days: 0, message: null },
};

test('a break is planned with dates and a reason, and the API’s objections show at their field', async () => {
  const user = userEvent.setup();
  let attempt = 0;
  const { calls } = mockFetch({
    'POST /api/learning/pauses/': ({ body }: { body: string }) => {
      attempt += 1;
      if (attempt === 1) {
        return {
          status: 400,
          body: {
            error: {
              status: 400,
              code: 'invalid',
              message: 'Some fields need attention.',
              fields: { ends_on: ['A pause can last at most 60 days.'] },
            },
          },
        };
      }
      return { status: 201, body: { id: 3, ...JSON.parse(body) } };
    },
  });
  renderAt(<PausePanel state={idle} />);

  expect(screen.getByText('No breaks planned.')).toBeInTheDocument();
  expect(screen.getByLabelText('From')).toHaveValue('2030-03-04');
  expect(screen.getByLabelText('Until (included)')).toHaveValue('2030-03-10');
  await user.type(screen.getByLabelText('Reason (optional)'), 'Ski trip');
  await user.click(screen.getByRole('button', { name: 'Pause my plan' }));

  expect(await screen.findByText('A pause can last at most 60 days.')).toBeInTheDocument();
  expect(screen.getByLabelText('Until (included)')).toHaveAttribute('aria-invalid', 'true');
  await user.click(screen.getByRole('button', { name: 'Pause my plan' }));
  expect(await screen.findByRole('status')).toHaveTextContent(/^Paused from .+ to .+\.$/);
  expect(JSON.parse(calls.filter((call) => call.method === 'POST').at(-1)!.body)).toEqual({ starts_on: '2030-03-04', ends_on: '2030-03-10', reason: 'Ski trip' });
});

test('an end before the start is caught before sending', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({});
  renderAt(<PausePanel state={idle} />);

  const until = screen.getByLabelText('Until (included)');
  await user.clear(until);
  await user.type(until, '2030-03-01');
  await user.click(screen.getByRole('button', { name: 'Pause my plan' }));

  expect(screen.getByRole('alert')).toHaveTextContent('The break must end on or after the day it starts.');
  expect(calls).toHaveLength(0);
});

test('a running break can be ended and an upcoming one cancelled', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({
    'DELETE /api/learning/pauses/1/': { result: 'ended' },
    'GET /api/learning/pauses/': idle,
  });
  const paused: PauseState = {
    ...idle,
    paused: true,
    pauses: [
      { id: 1, starts_on: '2030-03-01', ends_on: '2030-03-08', reason: 'Holiday' },
      { id: 2, starts_on: '2030-04-01', ends_on: '2030-04-02', reason: '' },
    ],
    message: 'You’re taking a break until 8 March.',
  };
  renderAt(<PausePanel state={paused} />);

  const items = screen.getAllByRole('listitem');
  expect(items[0]).toHaveTextContent(/On a break: .* \(Holiday\)/);
  expect(items[1]).toHaveTextContent(/Planned break/);
  expect(screen.getByRole('button', { name: 'Cancel this break' })).toBeEnabled();
  expect(screen.queryByRole('button', { name: 'Pause my plan' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'End the break now' }));

  expect(await screen.findByRole('status')).toHaveTextContent('Your break has ended: welcome back.');
  expect(calls.find((call) => call.method === 'DELETE')).toMatchObject({ path: '/api/learning/pauses/1/' });
});

test('the paused day and the welcome back are announced in words', () => {
  renderAt(
    <>
      <PausedToday message="You’re taking a break until 8 March: nothing is planned for today." />
      <WelcomeBack message="Welcome back: 9 reviews piled up while you were away, spread over 3 days." />
    </>,
  );

  expect(screen.getByRole('region', { name: 'Today' })).toHaveTextContent('nothing is planned for today');
  expect(screen.getAllByRole('status')[1]).toHaveTextContent('spread over 3 days');
});
