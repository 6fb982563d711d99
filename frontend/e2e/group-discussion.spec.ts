import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

async function openSection(page: Page, name: string) {
  await page.getByRole('tablist', { name: 'Group sections' }).getByRole('tab', { name }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
}

test('an invite shows the group before joining; a question is edited and an answer moderated away', async ({
  browser,
}) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = await contextA.newPage();
  const b = await contextB.newPage();

  // Alice starts a group and makes an invite.
  await registerLearner(a, '/groups', 'gdisa');
  await a.getByLabel('Group name').fill('Basis hunters');
  await a.getByLabel('Description (optional)').fill('We read one chapter a week.');
  await a.getByLabel('Goal role').selectOption({ label: 'Machine learning engineer' });
  await a.getByRole('button', { name: 'Create group' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Basis hunters' })).toBeVisible();
  await openSection(a, 'Invites');
  await a.getByRole('button', { name: 'Create invite' }).click();
  const link = (await a.getByRole('list', { name: 'Invites' }).getByText(/\/join\//).textContent())?.trim() ?? '';
  expect(link).toMatch(/\/join\/[\w-]+$/);

  // Bea opens the link and sees which group it is before joining.
  const bea = await registerLearner(b, new URL(link).pathname, 'gdisb');
  await expect(b.getByRole('heading', { level: 1, name: 'Join a study group' })).toBeVisible();
  await expect(b.getByRole('heading', { level: 2, name: 'Basis hunters' })).toBeVisible();
  await expect(b.getByText('We read one chapter a week.')).toBeVisible();
  await expect(b.getByText(/1 member · Goal: Machine learning engineer/)).toBeVisible();
  const axe = await new AxeBuilder({ page: b }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await b.getByRole('button', { name: 'Join the group' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Basis hunters' })).toBeVisible();

  // Bea asks, then fixes her title.
  await openSection(b, 'Discussion');
  await b.getByRole('button', { name: 'Ask a question' }).click();
  await b.getByLabel('Topic', { exact: true }).selectOption({ label: 'The dot product' });
  await b.getByLabel('Title').fill('Why is the dot product a nmuber?');
  await b.getByLabel('Your question', { exact: true }).fill('I expected a **vector** back.');
  await b.getByRole('button', { name: 'Post question' }).click();
  await expect(b.getByRole('heading', { name: 'Why is the dot product a nmuber?' })).toBeVisible();

  await b.getByRole('button', { name: 'Edit question' }).click();
  const edit = b.getByRole('form', { name: 'Edit your question' });
  await edit.getByLabel('Title').fill('Why is the dot product a number?');
  await edit.getByLabel('Your question', { exact: true }).fill('I expected a **vector** back, not a *scalar*.');
  await expect(edit.getByRole('region', { name: 'Preview of your question' }).locator('em')).toHaveText('scalar');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(b.getByRole('heading', { name: 'Why is the dot product a number?' })).toBeVisible();
  await expect(b.getByText('not a scalar')).toBeVisible();

  // Bea posts an answer that turns out to be wrong.
  await b.getByLabel('Your answer', { exact: true }).fill('Maybe it is a vector after all?');
  await b.getByRole('button', { name: 'Post answer' }).click();
  await expect(b.getByRole('list', { name: 'Answers' })).toContainText('Maybe it is a vector after all?');

  // Alice, the owner, sees the edited title and removes the answer, confirming first.
  await a.reload();
  await openSection(a, 'Discussion');
  await a.getByRole('button', { name: 'Why is the dot product a number?' }).click();
  await expect(a.getByText('not a scalar')).toBeVisible();
  await expect(a.getByRole('button', { name: 'Edit question' })).toHaveCount(0);
  await a.getByRole('button', { name: `Delete ${bea}’s answer` }).click();
  await a
    .getByRole('group', { name: `Delete ${bea}’s answer?` })
    .getByRole('button', { name: 'Yes, delete the answer' })
    .click();
  await expect(a.getByText('No answers yet')).toBeVisible();

  // Bea sees it gone.
  await b.reload();
  await openSection(b, 'Discussion');
  await expect(b.getByRole('list', { name: 'Questions' })).toContainText('0 answers');
  await b.getByRole('button', { name: 'Why is the dot product a number?' }).click();
  await expect(b.getByText('No answers yet')).toBeVisible();
  await expect(b.getByText('Maybe it is a vector after all?')).toHaveCount(0);

  await contextA.close();
  await contextB.close();
});
