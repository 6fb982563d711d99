import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { mockFetch, renderAt } from '@/test/render';
import { instanceId, makeInstance, makeSubmission } from '../test-fixtures';
import { PractiseView } from './PractiseView';

// MathLive needs a real browser; here a plain text box stands in for it (the e2e tests drive the real one).
vi.mock('./MathField', () => ({
  default: ({ id, value, onChange, onSubmit }: { id: string; value: string; onChange: (v: string) => void; onSubmit: () => void }) => (
    <input
      id={id}
      data-testid="maths-editor"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onSubmit();
        }
      }}
    />
  ),
}));

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

function renderPractise(route: string) {
  return renderAt(
    <>
      <PractiseView topic="dot-product" />
      <Address />
    </>,
    { path: '/practise/:topic', route },
  );
}

const readAs = (latex: string) => ({ ok: true, latex, message: '', code: 'ok', error_position: null, suggestion: null });
const instancePath = `/api/exercises/instances/${instanceId}`;
const submissionPath = '/api/exercises/submissions/a0000000-0000-4000-8000-000000000001/';

describe('PractiseView', () => {
  beforeEach(() => {
    document.cookie = 'csrftoken=t';
    window.localStorage.setItem('lemma.practise.typeAsText', '1');
    window.sessionStorage.clear();
  });
  afterEach(() => {
    window.localStorage.clear();
    vi.useRealTimers();
  });

  it('opens the asked-for exercise, keeps its id in the address, and checks an answer', async () => {
    const user = userEvent.setup();
    let polls = 0;
    const { calls } = mockFetch({
      'POST /api/exercises/instances/': { status: 201, body: makeInstance() },
      'POST /api/exercises/preview/': readAs('21'),
      [`POST ${instancePath}/submissions/`]: { status: 202, body: makeSubmission({ status: 'queued', correct: null, code: '', feedback: '' }) },
      [`GET ${submissionPath}`]: () =>
        ++polls < 2 ? makeSubmission({ status: 'grading', correct: null, code: '', feedback: '' }) : makeSubmission(),
    });
    renderPractise('/practise/dot-product?template=dot-product-2d&seed=0');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeInTheDocument();
    expect(JSON.parse(calls[0]!.body)).toEqual({ template: 'dot-product-2d', seed: 0 });
    expect(screen.getByTestId('address')).toHaveTextContent(`?instance=${instanceId}`);

    const input = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(input, '21');
    expect(await screen.findByText('Read as')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Checking…')).toBeInTheDocument();
    const feedback = screen.getByRole('status', { name: 'Result' });
    expect(await within(feedback).findByText('Not quite', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText(/Pair the components/)).toBeInTheDocument();
    expect(input).toHaveValue('21');
    const history = screen.getByRole('region', { name: 'Your attempts' });
    expect(within(history).getByText('Not quite')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST' && call.path.endsWith('/submissions/'))).toHaveLength(1);
  });

  it('keeps checking calmly, and after half a minute says the result will come', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const queued = makeSubmission({ status: 'queued', correct: null, code: '', feedback: '' });
    mockFetch({
      [`GET ${instancePath}/`]: makeInstance(),
      'POST /api/exercises/preview/': readAs('3'),
      [`POST ${instancePath}/submissions/`]: { status: 202, body: queued },
      [`GET ${submissionPath}`]: queued,
    });
    renderPractise(`/practise/dot-product?instance=${instanceId}`);
    const input = await screen.findByRole('textbox', { name: 'Your answer' });
    // The fake clock moves inside act(), so the preview's debounce and the submission's reply
    // render there (waiting with findBy* let them land outside it: a React act() warning).
    await user.type(input, '3{Enter}');
    await act(() => vi.advanceTimersByTimeAsync(300));
    const feedback = screen.getByRole('status', { name: 'Result' });
    expect(within(feedback).getByText('Checking…')).toBeInTheDocument();
    expect(within(feedback).queryByText(/Still checking/)).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(within(feedback).getByText('Still checking — you can keep working; we’ll show the result here.')).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('keeps an over-long answer in the box and says what is wrong', async () => {
    const user = userEvent.setup();
    mockFetch({
      [`GET ${instancePath}/`]: makeInstance(),
      'POST /api/exercises/preview/': readAs('1'),
      [`POST ${instancePath}/submissions/`]: {
        status: 400,
        body: {
          error: {
            status: 400,
            code: 'invalid',
            message: 'Some fields need attention.',
            fields: { answer: ['Answers can be at most 5000 characters long.'] },
          },
        },
      },
    });
    renderPractise(`/practise/dot-product?instance=${instanceId}`);

    const input = await screen.findByRole('textbox', { name: 'Your answer' });
    await user.type(input, '1+1+1');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Answers can be at most 5000 characters long.');
    expect(input).toHaveValue('1+1+1');
  });

  it('does not send an empty answer', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({ [`GET ${instancePath}/`]: makeInstance() });
    renderPractise(`/practise/dot-product?instance=${instanceId}`);
    await user.click(await screen.findByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write an answer first.');
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('submits from the maths editor with Enter, and switches to text keeping the answer', async () => {
    window.localStorage.clear();
    const user = userEvent.setup();
    const { calls } = mockFetch({
      [`GET ${instancePath}/`]: makeInstance(),
      'POST /api/exercises/preview/': readAs('\\frac{6}{2}'),
      [`POST ${instancePath}/submissions/`]: { status: 202, body: makeSubmission({ answer: '\\frac{6}{2}', correct: true, code: 'correct' }) },
    });
    renderPractise(`/practise/dot-product?instance=${instanceId}`);

    const editor = await screen.findByTestId('maths-editor');
    await user.type(editor, '\\frac{{6}{{2}');
    await user.keyboard('{Enter}');
    const feedback = await screen.findByRole('status', { name: 'Result' });
    expect(await within(feedback).findByText('Correct')).toBeInTheDocument();
    expect(JSON.parse(calls.find((call) => call.path.endsWith('/submissions/'))!.body)).toEqual({ answer: '\\frac{6}{2}' });

    await user.click(screen.getByRole('button', { name: 'Type it as text' }));
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue('\\frac{6}{2}');
    expect(window.localStorage.getItem('lemma.practise.typeAsText')).toBe('1');
  });

  it('says plainly when a topic has no exercises yet', async () => {
    mockFetch({
      'POST /api/exercises/instances/': {
        status: 404,
        body: { error: { status: 404, code: 'not_found', message: 'There is no exercise for that topic yet.' } },
      },
    });
    renderPractise('/practise/dot-product');
    expect(await screen.findByText('There is no exercise for that topic yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the topic' })).toHaveAttribute('href', '/topics/dot-product');
  });

  it('asks a signed-out visitor to log in', async () => {
    mockFetch({
      'POST /api/exercises/instances/': {
        status: 403,
        body: { error: { status: 403, code: 'not_authenticated', message: 'Authentication credentials were not provided.' } },
      },
    });
    renderPractise('/practise/dot-product');
    expect(await screen.findByRole('heading', { name: 'Log in to practise' })).toBeInTheDocument();
  });
});
