import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

async function openSection(page: Page, name: string) {
  await page.getByRole('tablist', { name: 'Group sections' }).getByRole('tab', { name }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
}

const isPatch = (path: RegExp) => (response: { url(): string; request(): { method(): string } }) =>
  path.test(response.url()) && response.request().method() === 'PATCH';

test('an owner renames a group and makes it public, opts out of its digest, asks for behind-plan emails, then deletes the group', async ({
  page,
}) => {
  await registerLearner(page, '/groups', 'gset');
  await expect(page.getByRole('heading', { level: 1, name: 'Study groups' })).toBeVisible();
  await page.getByLabel('Group name').fill('Gradient gang');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gradient gang' })).toBeVisible();
  await expect(page.getByText(/Private group/)).toBeVisible();

  // Rename it and make it public from the owner's Settings tab.
  await openSection(page, 'Settings');
  const settings = page.getByRole('tabpanel');
  await expect(settings.getByLabel('Group name')).toHaveValue('Gradient gang');
  await settings.getByLabel('Group name').fill('Hessian hikers');
  await settings.getByRole('radio', { name: /Public/ }).check();
  await settings.getByRole('button', { name: 'Save changes' }).click();
  await expect(settings.getByRole('status')).toHaveText('Changes saved.');
  await expect(page.getByRole('heading', { level: 1, name: 'Hessian hikers' })).toBeVisible();
  await expect(page.getByText(/Public group/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // The weekly digest email is on for a new member; turning it off survives a reload.
  await openSection(page, 'Members');
  const digest = page.getByRole('checkbox', { name: 'Weekly digest email' });
  await expect(digest).toBeChecked();
  await Promise.all([page.waitForResponse(isPatch(/\/api\/groups\/[\w-]+\/me\/$/)), digest.uncheck()]);
  await expect(digest).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hessian hikers' })).toBeVisible();
  await openSection(page, 'Members');
  await expect(page.getByRole('checkbox', { name: 'Weekly digest email' })).not.toBeChecked();

  // On the plan page: make a plan, then ask to be emailed when it falls behind.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set up your plan' })).toBeVisible();
  await page.getByLabel('Your goal').selectOption({ label: 'Machine learning engineer' });
  await expect(page.getByRole('checkbox', { name: 'Email me when my plan is behind' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
  await page.getByText('Change your goal or time budget').click();
  const remind = page.getByRole('checkbox', { name: 'Email me when my plan is behind' });
  await expect(page.getByText(/At most one email a week/)).toBeVisible();
  await remind.check();
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/learning/profile/') && response.request().method() === 'PUT'),
    page.getByRole('button', { name: 'Save and re-plan' }).click(),
  ]);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
  await page.getByText('Change your goal or time budget').click();
  await expect(page.getByRole('checkbox', { name: 'Email me when my plan is behind' })).toBeChecked();

  // Back to the group: the owner deletes it after typing its name, and it is gone from their groups.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('list', { name: 'Your groups' }).getByRole('link', { name: 'Hessian hikers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hessian hikers' })).toBeVisible();
  await openSection(page, 'Settings');
  await page.getByRole('button', { name: 'Delete group…' }).click();
  const forGood = page.getByRole('button', { name: 'Delete Hessian hikers for good' });
  await expect(forGood).toBeDisabled();
  await page.getByLabel(/Type the group’s name/).fill('Hessian hikers');
  await forGood.click();

  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toHaveText(
    'The group “Hessian hikers” was deleted.',
  );
  const mine = page.getByRole('region', { name: 'Your groups' });
  await expect(mine.getByText('You are not in a study group yet.', { exact: false })).toBeVisible();
  await expect(mine.getByRole('link', { name: 'Hessian hikers' })).toHaveCount(0);
  // Nor is it still listed among the public groups.
  await expect(page.getByRole('link', { name: 'Hessian hikers' })).toHaveCount(0);
});
