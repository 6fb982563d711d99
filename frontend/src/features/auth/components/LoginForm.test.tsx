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
});
