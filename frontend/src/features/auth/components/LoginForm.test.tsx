import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('shows the API message when the password is wrong, and field errors beside their fields', async () => {
    const user = userEvent.setup();
    document.cookie = 'csrftoken=t';
    mockFetch({
      'POST /api/auth/login/': {
        status: 400,
        body: {
          error: {
            status: 400,
            code: 'invalid',
            message: 'Invalid username or password.',
            fields: { password: ['This field may not be blank.'] },
          },
        },
      },
    });
    const onSuccess = vi.fn();
    renderAt(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('This field may not be blank.');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it.each([
    ['a locked account', 'login_locked', 'Too many failed sign-ins for this account. Try again in 15 minutes.'],
    ['too many attempts from here', 'throttled', 'Too many requests. Try again in 40 seconds.'],
  ])('shows the server’s words for %s (429)', async (_case, code, message) => {
    const user = userEvent.setup();
    document.cookie = 'csrftoken=t';
    mockFetch({
      'POST /api/auth/login/': { status: 429, body: { error: { status: 429, code, message } } },
    });
    const onSuccess = vi.fn();
    renderAt(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'the-right-one');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Log in' })).toBeEnabled();
    expect(onSuccess).not.toHaveBeenCalled();
  });
});
