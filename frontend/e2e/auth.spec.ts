import { expect, test } from '@playwright/test';

test('a learner registers, logs out and logs back in', async ({ page }) => {
  const username = `learner${Date.now().toString(36)}`;
  const password = 'a-long-enough-Passw0rd';
  const header = page.getByRole('banner');

  await page.goto('/');
  await header.getByRole('link', { name: 'Register' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.org`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(header.getByText(username, { exact: true })).toBeVisible();
  await header.getByRole('button', { name: 'Log out' }).click();
  await expect(header.getByRole('link', { name: 'Log in' })).toBeVisible();
  await expect(header.getByText(username, { exact: true })).toHaveCount(0);

  await header.getByRole('link', { name: 'Log in' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('not-my-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(header.getByRole('link', { name: 'Log in' })).toBeVisible();

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(header.getByText(username, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('registration shows the API field errors beside their fields', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Username').fill('ab');
  await page.getByLabel('Password').fill('123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
});
