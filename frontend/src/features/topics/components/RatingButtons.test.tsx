import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { TopicView } from './TopicView';

const resource = (slug: string, helpful: number, notHelpful: number) => ({
  slug,
  title: `Resource ${slug}`,
  authors: '',
  provider: 'Provider',
  kind: 'book',
  cost: 'free',
  url: `https://example.org/${slug}`,
  description: '',
  section: '',
  language: 'en',
  minutes_to_complete: null,
  helpful_count: helpful,
  not_helpful_count: notHelpful,
  helpfulness: 0,
});

const topic = {
  slug: 'vectors',
  title: 'Vectors',
  area: 'linear-algebra',
  summary: 'Arrows.',
  explanation: '',
  ml_use: '',
  estimated_hours: 2,
  prerequisites: [],
  dependents: [],
  resources: [resource('notes', 2, 1), resource('book', 0, 0)],
  roles: [],
};

type Rating = { topic: string; resource: string; helpful: boolean };

/** A server that remembers the learner's votes, so refetches after a vote agree with it. */
function renderVectors(signedIn: boolean, initial: Rating[] = []) {
  let ratings = initial;
  const mock = mockFetch({
    'GET /api/topics/vectors/': () => {
      const mine = (slug: string, helpful: boolean) =>
        ratings.filter((item) => item.resource === slug && item.helpful === helpful).length;
      return {
        ...topic,
        resources: [
          resource('notes', 2 + mine('notes', true), 1 + mine('notes', false)),
          resource('book', mine('book', true), mine('book', false)),
        ],
      };
    },
    'GET /api/areas/': [],
    'GET /api/topics/vectors/ratings/': () => ratings,
    'GET /api/suggestions/': [],
    'PUT /api/topics/vectors/resources/notes/rating/': ({ body }: { body: string }) => {
      const rating = { topic: 'vectors', resource: 'notes', helpful: (JSON.parse(body) as { helpful: boolean }).helpful };
      ratings = [...ratings.filter((item) => item.resource !== 'notes'), rating];
      return rating;
    },
    'DELETE /api/topics/vectors/resources/book/rating/': () => {
      ratings = ratings.filter((item) => item.resource !== 'book');
      return { status: 204 };
    },
  });
  renderAt(<TopicView slug="vectors" signedIn={signedIn} />);
  return mock;
}

const question = (title: string) => screen.getByRole('group', { name: `Was ${title} helpful for this topic?` });

describe('rating resources on a topic', () => {
  it('shows counts to everyone but asks only signed-in learners', async () => {
    renderVectors(false);
    expect(await screen.findByText('2 of 3 learners found this helpful')).toBeInTheDocument();
    expect(screen.getByText('No votes yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yes' })).not.toBeInTheDocument();
  });

  it('marks the learner’s vote as pressed and updates the count at once', async () => {
    const user = userEvent.setup();
    const { calls } = renderVectors(true, [{ topic: 'vectors', resource: 'book', helpful: false }]);
    await screen.findByText('2 of 3 learners found this helpful');
    expect(screen.getByText('0 of 1 learner found this helpful')).toBeInTheDocument();
    const book = question('Resource book');
    const bookNo = within(book).getByRole('button', { name: 'No' });
    await waitFor(() => expect(bookNo).toHaveAttribute('aria-pressed', 'true'));
    const notes = question('Resource notes');
    const yes = within(notes).getByRole('button', { name: 'Yes' });
    expect(yes).toHaveAttribute('aria-pressed', 'false');

    await user.click(yes);

    expect(yes).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('3 of 4 learners found this helpful')).toBeInTheDocument();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.path).toBe('/api/topics/vectors/resources/notes/rating/');
    expect(JSON.parse(put?.body ?? '{}')).toEqual({ helpful: true });
  });

  it('withdraws a vote when its pressed answer is pressed again', async () => {
    const user = userEvent.setup();
    const { calls } = renderVectors(true, [{ topic: 'vectors', resource: 'book', helpful: false }]);
    await screen.findByText('2 of 3 learners found this helpful');
    const no = within(question('Resource book')).getByRole('button', { name: 'No' });
    await waitFor(() => expect(no).toHaveAttribute('aria-pressed', 'true'));

    await user.click(no);

    expect(no).toHaveAttribute('aria-pressed', 'false');
    expect(calls.some((call) => call.method === 'DELETE' && call.path.endsWith('/book/rating/'))).toBe(true);
  });
});
