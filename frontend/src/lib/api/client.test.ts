import { mockFetch } from '@/test/render';
import { api, unwrap } from './client';
import { ApiError } from './errors';

describe('api client', () => {
  afterEach(() => {
    document.cookie = 'csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('sends the CSRF cookie back as a header on writes', async () => {
    document.cookie = 'csrftoken=abc123';
    const { calls } = mockFetch({ 'POST /api/auth/logout/': { status: 204 } });
    await unwrap(api.POST('/api/auth/logout/'));
    expect(calls[0]?.headers.get('X-CSRFToken')).toBe('abc123');
  });

  it('throws the API error shape with its field errors', async () => {
    mockFetch({
      'POST /api/auth/register/': {
        status: 400,
        body: {
          error: { status: 400, code: 'invalid', message: 'Check the form.', fields: { username: ['Taken.'] } },
        },
      },
    });
    document.cookie = 'csrftoken=abc123';
    const failure = unwrap(api.POST('/api/auth/register/', { body: { username: 'a', email: 'a@b.c', password: 'x' } }));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, message: 'Check the form.', fields: { username: ['Taken.'] } });
  });
});
