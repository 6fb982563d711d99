import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { DeleteAccountForm } from './DeleteAccountForm';

const wrongPassword = {
  status: 400,
  body: {
    error: {
      status: 400,
      code: 'invalid',
      message: 'Some of the details are not right.',
      fields: { password: ['Your password is not correct.'] },
    },
  },
};

beforeEach(() => {
  document.cookie = 'csrftoken=t';
});

describe('DeleteAccountForm', () => {
  it('says what goes and what stays anonymised', () => {
    mockFetch({});
    renderAt(<DeleteAccountForm onDeleted={vi.fn()} />);

    expect(screen.getByRole('heading', { name: 'What is deleted' })).toBeInTheDocument();
    expect(screen.getByText(/shown as written by “Deleted learner”/)).toBeInTheDocument();
    expect(screen.getByText(/passes to its longest-standing admin/)).toBeInTheDocument();
  });

  it('asks for the password, then once more, and deletes with the password typed', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({ 'POST /api/auth/me/delete/': { status: 204 } });
    const onDeleted = vi.fn();
    renderAt(<DeleteAccountForm onDeleted={onDeleted} />);

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(screen.getByLabelText('Your password')).toHaveAccessibleDescription(
      'Enter your password to delete your account.',
    );
    expect(screen.queryByRole('group', { name: /for good/ })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Your password'), 'my secret{Enter}');
    const question = screen.getByRole('group', { name: 'Delete your account and your data for good?' });
    expect(question).toHaveFocus();
    expect(calls).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Yes, delete my account' }));

    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(calls.map((call) => [call.method, call.path, JSON.parse(call.body)])).toEqual([
      ['POST', '/api/auth/me/delete/', { password: 'my secret' }],
    ]);
    expect(calls[0]?.headers.get('X-CSRFToken')).toBe('t');
  });

  it('keeps the account when the learner changes their mind, by button or Escape', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({});
    renderAt(<DeleteAccountForm onDeleted={vi.fn()} />);

    await user.type(screen.getByLabelText('Your password'), 'my secret{Enter}');
    await user.click(screen.getByRole('button', { name: 'Keep my account' }));
    expect(screen.getByRole('button', { name: 'Delete my account' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: /for good/ })).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('group', { name: /for good/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete my account' })).toHaveFocus();
    expect(calls).toHaveLength(0);
  });

  it('shows a wrong password beside the field and deletes nothing', async () => {
    const user = userEvent.setup();
    mockFetch({ 'POST /api/auth/me/delete/': wrongPassword });
    const onDeleted = vi.fn();
    renderAt(<DeleteAccountForm onDeleted={onDeleted} />);

    await user.type(screen.getByLabelText('Your password'), 'not it{Enter}');
    await user.click(screen.getByRole('button', { name: 'Yes, delete my account' }));

    const field = await screen.findByLabelText('Your password');
    await vi.waitFor(() => expect(field).toHaveAccessibleDescription('Your password is not correct.'));
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Delete my account' })).toBeEnabled();
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('explains a failure that is not about the password', async () => {
    const user = userEvent.setup();
    mockFetch({ 'POST /api/auth/me/delete/': { status: 500, body: {} } });
    renderAt(<DeleteAccountForm onDeleted={vi.fn()} />);

    await user.type(screen.getByLabelText('Your password'), 'my secret{Enter}');
    await user.click(screen.getByRole('button', { name: 'Yes, delete my account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/went wrong/);
  });
});
