import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { QuestionDetail, QuestionItem } from '../api/discussion';
import { Discussion } from './Discussion';

const groupId = '6f1c0d8e-0000-4000-8000-000000000001';
const base = `/api/groups/${groupId}/questions`;
const topics = [{ slug: 'vectors', title: 'Vectors' }];
const asker = { user_id: 7, username: 'bea' };
const helper = { user_id: 8, username: 'ada' };

const question: QuestionDetail = {
  id: 3,
  topic: topics[0]!,
  author: asker,
  title: 'What is a basis?',
  body: 'I keep reading *span*.',
  created_at: '2025-03-03T10:00:00Z',
  answers: [
    { id: 11, author: helper, body: 'A spanning set.', helpful: false, created_at: '2025-03-03T11:00:00Z' },
    { id: 12, author: asker, body: 'Found it myself.', helpful: false, created_at: '2025-03-03T12:00:00Z' },
  ],
};
const item: QuestionItem = { ...question, answer_count: 2, helpful_count: 0 };

async function openQuestion() {
  await userEvent.click(await screen.findByRole('button', { name: 'What is a basis?' }));
  await screen.findByRole('heading', { name: 'What is a basis?' });
}

test('the author edits the question inline with a preview and sees the new title', async () => {
  const { calls } = mockFetch({
    [`GET ${base}/`]: [item],
    [`GET ${base}/3/`]: question,
    [`PATCH ${base}/3/`]: { ...question, title: 'What is a basis, really?', body: 'I keep reading **span**.' },
  });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={7} canManage={false} />);
  await openQuestion();

  await userEvent.click(screen.getByRole('button', { name: 'Edit question' }));
  const form = screen.getByRole('form', { name: 'Edit your question' });
  const title = within(form).getByLabelText('Title');
  await userEvent.clear(title);
  await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
  expect(within(form).getByText('Write a title of at least 3 characters.')).toBeInTheDocument();
  expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(0);

  await userEvent.type(title, 'What is a basis, really?');
  const body = within(form).getByLabelText('Your question');
  await userEvent.clear(body);
  await userEvent.type(body, 'I keep reading **span**.');
  const preview = within(form).getByRole('region', { name: 'Preview of your question' });
  expect(await within(preview).findByText('span', { selector: 'strong' })).toBeInTheDocument();
  await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

  expect(await screen.findByRole('heading', { name: 'What is a basis, really?' })).toBeInTheDocument();
  expect(screen.queryByRole('form', { name: 'Edit your question' })).not.toBeInTheDocument();
  const sent = JSON.parse(calls.find((call) => call.method === 'PATCH')!.body);
  expect(sent).toEqual({ title: 'What is a basis, really?', body: 'I keep reading **span**.' });
});

test('a member sees Edit and Delete on their own answer only, and edits it', async () => {
  const { calls } = mockFetch({
    [`GET ${base}/`]: [item],
    [`GET ${base}/3/`]: question,
    [`PATCH ${base}/3/answers/12/`]: { ...question.answers[1], body: 'Found it: *independent* and spanning.' },
  });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={7} canManage={false} />);
  await openQuestion();

  const answers = screen.getByRole('list', { name: 'Answers' });
  expect(within(answers).getAllByRole('button', { name: /^(Edit|Delete)/ })).toHaveLength(2);
  expect(screen.queryByRole('button', { name: 'Delete ada’s answer' })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Edit your answer' }));
  const box = screen.getByRole('textbox', { name: 'Your edited answer' });
  expect(box).toHaveValue('Found it myself.');
  await userEvent.clear(box);
  await userEvent.type(box, 'Found it: *independent* and spanning.');
  await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));

  expect(await within(answers).findByText('independent', { selector: 'em' })).toBeInTheDocument();
  expect(JSON.parse(calls.find((call) => call.method === 'PATCH')!.body)).toEqual({
    body: 'Found it: *independent* and spanning.',
  });
});

test('an admin deletes someone’s answer only after confirming, and it disappears', async () => {
  const { calls } = mockFetch({
    [`GET ${base}/`]: [item],
    [`GET ${base}/3/`]: question,
    [`DELETE ${base}/3/answers/11/`]: { status: 204 },
  });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={99} canManage />);
  await openQuestion();

  expect(screen.queryByRole('button', { name: 'Edit question' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Delete ada’s answer' }));
  const confirm = screen.getByRole('group', { name: 'Delete ada’s answer?' });
  expect(within(confirm).getByRole('button', { name: 'Yes, delete the answer' })).toHaveFocus();
  await userEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
  expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(0);

  await userEvent.click(screen.getByRole('button', { name: 'Delete ada’s answer' }));
  await userEvent.click(screen.getByRole('button', { name: 'Yes, delete the answer' }));

  await waitFor(() => expect(screen.queryByText('A spanning set.')).not.toBeInTheDocument());
  expect(screen.getByText('1 answer')).toBeInTheDocument();
  expect(calls.find((call) => call.method === 'DELETE')!.path).toBe(`${base}/3/answers/11/`);
});

test('deleting a question warns about its answers and goes back to the list', async () => {
  let deleted = false;
  mockFetch({
    [`GET ${base}/`]: () => (deleted ? [] : [item]),
    [`GET ${base}/3/`]: question,
    [`DELETE ${base}/3/`]: () => {
      deleted = true;
      return { status: 204 };
    },
  });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={7} canManage={false} />);
  await openQuestion();

  await userEvent.click(screen.getByRole('button', { name: 'Delete question' }));
  const confirm = screen.getByRole('group', { name: 'Delete this question and its 2 answers?' });
  await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, delete the question' }));

  expect(await screen.findByText(/No questions yet/)).toBeInTheDocument();
});

test('a refused delete says why and keeps the answer', async () => {
  mockFetch({
    [`GET ${base}/`]: [item],
    [`GET ${base}/3/`]: question,
    [`DELETE ${base}/3/answers/12/`]: {
      status: 403,
      body: { error: { status: 403, code: 'not_author', message: 'Only the author and the group’s admins can delete this answer.' } },
    },
  });
  renderAt(<Discussion groupId={groupId} topics={topics} meId={7} canManage={false} />);
  await openQuestion();

  await userEvent.click(screen.getByRole('button', { name: 'Delete your answer' }));
  await userEvent.click(screen.getByRole('button', { name: 'Yes, delete the answer' }));

  expect(await screen.findByText(/Only the author and the group’s admins/)).toBeInTheDocument();
  expect(screen.getByText('Found it myself.')).toBeInTheDocument();
});
