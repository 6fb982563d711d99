import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { SuggestionQueue } from './SuggestionQueue';

const suggestion = {
  id: 7,
  topic: { slug: 'vectors', title: 'Vectors' },
  title: 'Vectors, visually',
  url: 'https://example.org/visual-vectors',
  why: 'The pictures made dot products click for me.',
  status: 'pending',
  rejection_reason: '',
  resource: null,
  created_at: '2025-03-01T10:00:00Z',
  reviewed_at: null,
  suggested_by: 'lea',
  reviewed_by: null,
};

function renderQueue(queue: () => unknown[]) {
  const mock = mockFetch({
    'GET /api/curation/suggestions/': () => queue(),
    'POST /api/curation/suggestions/7/approve/': { ...suggestion, status: 'approved', resource: 'vectors-in-pictures' },
    'POST /api/curation/suggestions/7/reject/': { ...suggestion, status: 'rejected', rejection_reason: 'Paywalled.' },
  });
  renderAt(<SuggestionQueue />);
  return mock;
}

describe('SuggestionQueue', () => {
  it('says when nothing is waiting', async () => {
    renderQueue(() => []);
    expect(await screen.findByText(/No suggestions are waiting/)).toBeInTheDocument();
  });

  it('approves with the curator’s edits and empties the queue', async () => {
    const user = userEvent.setup();
    let pending = [suggestion];
    const { calls } = renderQueue(() => pending);
    const card = await screen.findByRole('listitem', { name: 'Vectors, visually' });
    expect(within(card).getByText(/suggested by lea/)).toBeInTheDocument();
    expect(within(card).getByText(suggestion.why)).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Approve…' }));
    const form = screen.getByRole('form', { name: 'Approve Vectors, visually' });
    await user.clear(within(form).getByLabelText('Title'));
    await user.type(within(form).getByLabelText('Title'), 'Vectors in pictures');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'video');
    await user.selectOptions(within(form).getByLabelText('Cost'), 'freemium');
    pending = [];
    await user.click(within(form).getByRole('button', { name: 'Approve and publish' }));

    expect(await screen.findByText(/No suggestions are waiting/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Approved “Vectors in pictures”: it is now listed on Vectors.');
    const approve = calls.find((call) => call.path === '/api/curation/suggestions/7/approve/');
    expect(JSON.parse(approve?.body ?? '{}')).toEqual({
      title: 'Vectors in pictures',
      kind: 'video',
      cost: 'freemium',
      section: '',
    });
  });

  it('requires a reason before rejecting', async () => {
    const user = userEvent.setup();
    let pending = [suggestion];
    const { calls } = renderQueue(() => pending);
    const card = await screen.findByRole('listitem', { name: 'Vectors, visually' });

    await user.click(within(card).getByRole('button', { name: 'Reject…' }));
    const form = screen.getByRole('form', { name: 'Reject Vectors, visually' });
    await user.click(within(form).getByRole('button', { name: 'Reject suggestion' }));
    const reason = within(form).getByLabelText('Reason for the learner');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('Tell the learner why, in a sentence.')).toBeInTheDocument();
    expect(calls.some((call) => call.path.endsWith('/reject/'))).toBe(false);

    await user.type(reason, 'Paywalled.');
    pending = [];
    await user.click(within(form).getByRole('button', { name: 'Reject suggestion' }));

    expect(await screen.findByText(/No suggestions are waiting/)).toBeInTheDocument();
    const reject = calls.find((call) => call.path.endsWith('/reject/'));
    expect(JSON.parse(reject?.body ?? '{}')).toEqual({ reason: 'Paywalled.' });
  });
});
