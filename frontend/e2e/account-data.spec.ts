import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

const SEEDED = '/practise/dot-product?template=dot-product-2d&seed=0';
const PASSWORD = 'a-long-enough-Passw0rd'; // registerLearner's

async function answerWrongly(page: Page, answer: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  await page.getByRole('button', { name: 'Type it as text' }).click();
  const field = page.getByRole('textbox', { name: 'Your answer' });
  await field.fill(answer);
  await field.press('Enter');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Not quite');
}

test('a learner downloads their data, deletes their account, and cannot log in again', async ({ page }) => {
  const username = await registerLearner(page, SEEDED, 'leaver');
  await answerWrongly(page, '1000');

  // Their data, with the answer just sent.
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^lemma-export-${username}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const exported = JSON.parse(await readFile(await download.path(), 'utf-8'));
  expect(exported.account.username).toBe(username);
  expect(exported.exercises.submissions).toHaveLength(1);
  expect(exported.exercises.submissions[0]).toMatchObject({ answer: '1000', correct: false });
  expect(exported.exercises.instances[0].template_slug).toBe('dot-product-2d');
  await expect(page.getByText(`Your data was saved as ${download.suggestedFilename()}.`)).toBeVisible();

  // A wrong password deletes nothing.
  const deletion = page.getByRole('region', { name: 'Delete your account' });
  await deletion.getByLabel('Your password').fill('not-my-password');
  await deletion.getByRole('button', { name: 'Delete my account' }).click();
  await page.getByRole('button', { name: 'Yes, delete my account' }).click();
  await expect(deletion.getByLabel('Your password')).toHaveAccessibleDescription('Your password is not correct.');

  // The right one, confirmed, by keyboard.
  await deletion.getByLabel('Your password').fill(PASSWORD);
  await deletion.getByLabel('Your password').press('Enter');
  await expect(page.getByRole('group', { name: 'Delete your account and your data for good?' })).toBeFocused();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Yes, delete my account' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Your account has been deleted' })).toBeFocused();
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Log in' })).toBeVisible();

  // Signing in again fails.
  await header.getByRole('link', { name: 'Log in' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('That username and password do not match an account.');
  await expect(header.getByText(username, { exact: true })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the account page has no horizontal scroll at 375 px, with the deletion question open', async ({ page }) => {
    await registerLearner(page, '/account', 'phone');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).tap();
    await expect(page.getByRole('button', { name: 'Keep my account' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Keep my account' }).tap();
    await expect(page.getByRole('button', { name: 'Delete my account' })).toBeVisible();
  });
});
