import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { registerLearner } from './learners';

// Created by `make e2e-server` (manage.py ensure_curator): a staff account.
const STAFF = { username: 'e2e-curator', password: 'e2e-Curator-passphrase-42' };

test('staff open the operations page from the menu and see grading and tasks', async ({ page }) => {
  await page.goto('/login?next=%2F');
  await page.getByLabel('Username').fill(STAFF.username);
  await page.getByLabel('Password').fill(STAFF.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Operations' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Operations' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Grading' })).toBeVisible();
  await expect(page.getByText('Graded, last 24 h')).toBeVisible();
  await expect(page.getByText(/Tasks run inside the web process here/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'exercises.tasks.grade_submission' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
});

test('a learner has no operations link and the page says it is for staff', async ({ page }) => {
  await registerLearner(page, '/', 'opsvisitor');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Operations' })).toHaveCount(0);
  await page.goto('/ops');
  await expect(page.getByText('This page is for Lemma’s staff.')).toBeVisible();
});
