import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { QuestionDetail, QuestionItem } from '../api/discussion';
import { Discussion } from './Discussion';

const groupId = '6f1c0d8e-0000-4000-8000-000000000001';
const base = `/api/groups/${groupId}/questions`;
const topics = [
  { slug: 'vectors', title: 'Vectors' },
  { slug: 'dot-product', title: 'The dot product' },
];
const asker = { user_id: 7, username: 'bea' };
const helper = { user_id: 8, username: 'ada' };

const question: QuestionDetail = {
  id: 3,
  topic: topics[1]!,
  author: asker,
  title: 'Why is the dot product a number?',
  body: 'I expected a vector.',
  created_at: '2025-03-03T10:00:00Z',
  answers: [{ id: 11, author: helper, body: 'It sums the **products**.', helpful: false, created_at: '2025-03-03T11:00:00Z' }],
};
const item: QuestionItem = { ...question, answer_count: 1, helpful_count: 0 };

test('a learner asks a question with a Markdown preview and lands on it', async () => {
  const { calls } = mockFetch({
    [`GET ${base}/`]: [],
    [`POST ${base}/`]: { status: 201, body: { ...question, answers: [] } },
    [`GET ${base}/3/`]: { ...question, answers: [] },
  });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={7} canManage={false} />);

  expect(await screen.findByText(/No questions yet/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Ask a question' }));
  await userEvent.click(screen.getByRole('button', { name: 'Post question' }));
  expect(screen.getByText('Choose the topic your question is about.')).toBeInTheDocument();
  expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

  await userEvent.selectOptions(screen.getByLabelText('Topic'), 'The dot product');
  await userEvent.type(screen.getByLabelText('Title'), 'Why is the dot product a number?');
  await userEvent.type(screen.getByLabelText('Your question'), 'I expected a **vector**.');
  const preview = screen.getByRole('region', { name: 'Preview of your question' });
  expect(await within(preview).findByText('vector', { selector: 'strong' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Post question' }));

  expect(await screen.findByRole('heading', { name: 'Why is the dot product a number?' })).toBeInTheDocument();
  const posted = JSON.parse(calls.find((call) => call.method === 'POST')!.body);
  expect(posted).toEqual({ topic: 'dot-product', title: 'Why is the dot product a number?', body: 'I expected a **vector**.' });
});

test('the asker marks an answer helpful and sees it marked', async () => {
  const { calls } = mockFetch({
    [`GET ${base}/`]: [item],
    [`GET ${base}/3/`]: question,
    [`POST ${base}/3/answers/11/helpful/`]: { ...question.answers[0], helpful: true },
  });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={7} canManage={false} />);

  await userEvent.click(await screen.findByRole('button', { name: 'Why is the dot product a number?' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Mark ada’s answer helpful' }));

  expect(await screen.findByText('✓ Marked helpful')).toBeInTheDocument();
  await waitFor(() => expect(calls.map((call) => call.method)).toContain('POST'));
  expect(screen.getByRole('button', { name: 'Remove the helpful mark from ada’s answer' })).toBeInTheDocument();
});

test('someone else sees answers but cannot mark them', async () => {
  mockFetch({ [`GET ${base}/`]: [item], [`GET ${base}/3/`]: question });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={99} canManage={false} />);

  await userEvent.click(await screen.findByRole('button', { name: 'Why is the dot product a number?' }));
  expect(await screen.findByText('1 answer')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /helpful/ })).not.toBeInTheDocument();
});
