import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { Assessment } from '../api/assessments';
import { AssessmentRunner } from './AssessmentRunner';
import { PlacementBanner } from './PlacementBanner';
import { PlacementResult } from './PlacementResult';

const base: Assessment = {
  id: '6f1c0d8e-0000-4000-8000-000000000001',
  kind: 'placement',
  status: 'active',
  topic: null,
  topic_title: null,
  topic_count: 12,
  max_questions: 25,
  answered: 2,
  right: 1,
  confidence: 0.81,
  stop_reason: '',
  questions: [
    { position: 1, topic: 'vectors', topic_title: 'Vectors', instance: 'i-1', outcome: 'correct' },
    { position: 2, topic: 'matrices', topic_title: 'Matrices', instance: 'i-2', outcome: 'dont_know' },
    { position: 3, topic: 'derivatives', topic_title: 'Derivatives', instance: 'i-3', outcome: '' },
  ],
  passed: null,
  credited: [],
  placed: [],
};

const renderQuestion = (question: Assessment['questions'][number], controls: { dontKnow: () => void }) => (
  <button type="button" onClick={controls.dontKnow}>
    Question on {question.topic_title}
  </button>
);

test('the runner shows progress, the open question and the way to finish early', async () => {
  const { calls } = mockFetch({
    [`POST /api/assessments/${base.id}/dont-know/`]: { ...base, answered: 3 },
  });
  renderAt(<AssessmentRunner assessment={base} renderQuestion={renderQuestion} />);

  expect(screen.getByText('Question 3 of at most 25')).toBeInTheDocument();
  expect(screen.getByRole('progressbar')).toHaveAttribute('value', '2');
  expect(screen.getByText(/About 81% of your topics placed/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Finish now with what you have answered' })).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Question on Derivatives' }));
  await waitFor(() => expect(calls.map((c) => c.path)).toContain(`/api/assessments/${base.id}/dont-know/`));
});

test('a test-out quiz has no early finish and no confidence line', () => {
  mockFetch({});
  const quiz: Assessment = { ...base, kind: 'test_out', max_questions: 3, answered: 0, confidence: null, questions: base.questions.slice(2) };
  renderAt(<AssessmentRunner assessment={quiz} renderQuestion={renderQuestion} />);

  expect(screen.getByText('Question 1 of at most 3')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Finish now/ })).not.toBeInTheDocument();
  expect(screen.queryByText(/placed/)).not.toBeInTheDocument();
});

test('with no open question the runner says it is choosing one', () => {
  mockFetch({});
  const waiting = { ...base, questions: base.questions.slice(0, 2) };
  renderAt(<AssessmentRunner assessment={waiting} renderQuestion={renderQuestion} />);

  expect(screen.getByText('Choosing the next question…')).toBeInTheDocument();
});

const finished: Assessment = {
  ...base,
  status: 'finished',
  answered: 9,
  credited: ['vectors', 'functions'],
  placed: [
    { topic: 'vectors', title: 'Vectors', verdict: 'known', p_known: 0.97, why: 'You answered a question on it correctly.' },
    { topic: 'functions', title: 'Functions', verdict: 'known', p_known: 0.9, why: 'You solved a question on matrices, which builds on it.' },
    { topic: 'matrices', title: 'Matrices', verdict: 'ready', p_known: 0.2, why: 'Your answer on it was not right.' },
    { topic: 'gradients', title: 'Gradients', verdict: 'not_yet', p_known: 0.02, why: 'It builds on matrices, which you found hard.' },
  ],
};

test('the result groups topics by verdict with the evidence, as a bar and in words', () => {
  renderAt(<PlacementResult assessment={finished} />);

  expect(screen.getByText(/From 9 answers: 2 of 4 topics of your goal already known, 1 ready to learn next/)).toBeInTheDocument();
  expect(screen.getByRole('img', { name: '2 known, 1 ready, 1 later' })).toBeInTheDocument();
  expect(screen.getByText('Already known (2)')).toBeInTheDocument();
  expect(screen.getByText('Ready to learn (1)')).toBeInTheDocument();
  expect(screen.getByText('Your answer on it was not right.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Gradients' })).toHaveAttribute('href', '/topics/gradients');
  expect(screen.getByRole('link', { name: 'See today’s plan' })).toHaveAttribute('href', '/plan');
});

test('the plan invites placement until it is taken, and offers to resume one left half-way', async () => {
  mockFetch({ 'GET /api/assessments/placement/': { status: 404, body: { error: { message: 'none' } } } });
  const first = renderAt(<PlacementBanner />);
  expect(await screen.findByRole('link', { name: 'Take placement' })).toHaveAttribute('href', '/placement');
  first.unmount();

  mockFetch({ 'GET /api/assessments/placement/': base });
  const second = renderAt(<PlacementBanner />);
  expect(await screen.findByRole('link', { name: 'Resume placement' })).toBeInTheDocument();
  expect(screen.getByText(/2 questions answered so far/)).toBeInTheDocument();
  second.unmount();

  mockFetch({ 'GET /api/assessments/placement/': finished });
  renderAt(<PlacementBanner />);
  await waitFor(() => expect(screen.queryByRole('link')).not.toBeInTheDocument());
});
