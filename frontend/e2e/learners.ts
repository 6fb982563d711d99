import { expect, type Page } from '@playwright/test';

/** Create a fresh account through the form (a unique name per call) and land on `next`. */
export async function registerLearner(page: Page, next = '/', prefix = 'learner') {
  const username = `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  await page.goto(`/register?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.org`);
  await page.getByLabel('Password').fill('a-long-enough-Passw0rd');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('banner').getByText(username, { exact: true })).toBeVisible();
  return username;
}
