import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

async function setPlan(page: Page, role: string) {
  await expect(page.getByRole('heading', { level: 2, name: 'Set up your plan' })).toBeVisible();
  await page.getByLabel('Your goal').selectOption({ label: role });
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
}

async function openSection(page: Page, name: string) {
  await page.getByRole('tablist', { name: 'Group sections' }).getByRole('tab', { name }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
}

test('two learners study in a group: invite, join, progress map, and a question answered and marked helpful', async ({
  browser,
}) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = await contextA.newPage();
  const b = await contextB.newPage();

  const alice = await registerLearner(a, '/plan', 'grpa');
  await setPlan(a, 'Machine learning engineer');
  // A wrong answer on a core topic puts Alice at "Learning" on it.
  await a.goto('/practise/dot-product?template=dot-product-2d&seed=0');
  await a.getByRole('button', { name: 'Type it as text' }).click();
  const answer = a.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('123456');
  await answer.press('Enter');
  await expect(a.getByRole('status', { name: 'Result' })).toContainText('Not quite');

  const bea = await registerLearner(b, '/plan', 'grpb');
  await setPlan(b, 'Machine learning engineer');

  // Alice starts a group from the nav and invites Bea.
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Study groups' })).toBeVisible();
  await expect(a.getByText('You are not in a study group yet.')).toBeVisible();
  await a.getByLabel('Group name').fill('Vectors on Tuesdays');
  await a.getByLabel('Goal role').selectOption({ label: 'Machine learning engineer' });
  await a.getByRole('button', { name: 'Create group' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Vectors on Tuesdays' })).toBeVisible();
  await expect(a.getByText(/Goal: Machine learning engineer/)).toBeVisible();

  await openSection(a, 'Invites');
  await a.getByLabel('Expires after (days)').fill('3');
  await a.getByLabel(/Most people who can use it/).fill('2');
  await a.getByRole('button', { name: 'Create invite' }).click();
  const invites = a.getByRole('list', { name: 'Invites' });
  await expect(invites.getByText(/used 0 of 2 times/)).toBeVisible();
  const link = (await invites.getByText(/\/join\//).textContent())?.trim() ?? '';
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[\w-]+$/);

  // Bea opens the link and confirms.
  await b.goto(link);
  await expect(b.getByRole('heading', { level: 1, name: 'Join a study group' })).toBeVisible();
  await b.getByRole('button', { name: 'Join the group' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Vectors on Tuesdays' })).toBeVisible();

  // Each sees the other on the progress map, Alice's practice included, and in the members list.
  for (const [page, other] of [
    [b, alice],
    [a, bea],
  ] as const) {
    await page.reload();
    const table = page.getByRole('table', { name: /level on the group’s \d+ roadmap topics/ });
    await expect(table.getByRole('columnheader', { name: alice })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: bea })).toBeVisible();
    const dotProduct = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'The dot product', exact: true }) });
    await expect(dotProduct.getByRole('cell').first()).toHaveText('Learning');
    await expect(dotProduct.getByRole('cell').nth(1)).toHaveText('Not started');
    await openSection(page, 'Members');
    await expect(page.getByRole('list', { name: 'Members' }).getByText(other, { exact: true })).toBeVisible();
  }

  // Bea asks about the dot product.
  await openSection(b, 'Discussion');
  await b.getByRole('button', { name: 'Ask a question' }).click();
  await b.getByLabel('Topic', { exact: true }).selectOption({ label: 'The dot product' });
  await b.getByLabel('Title').fill('Why is the dot product a number?');
  await b.getByLabel('Your question', { exact: true }).fill('I expected a **vector** back, like $u + v$.');
  await expect(b.getByRole('region', { name: 'Preview of your question' }).locator('strong')).toHaveText('vector');
  await b.getByRole('button', { name: 'Post question' }).click();
  await expect(b.getByRole('heading', { name: 'Why is the dot product a number?' })).toBeVisible();
  await expect(b.getByText('No answers yet')).toBeVisible();

  // Alice answers it.
  await a.reload();
  await openSection(a, 'Discussion');
  await a.getByRole('button', { name: 'Why is the dot product a number?' }).click();
  await a.getByLabel('Your answer', { exact: true }).fill('It multiplies matching entries and **adds** them up.');
  await a.getByRole('button', { name: 'Post answer' }).click();
  await expect(a.getByText('1 answer')).toBeVisible();
  // Only the asker (or an admin) may mark; Alice owns the group, so she could, but leaves it to Bea.

  // Bea sees the answer and marks it helpful.
  await b.reload();
  await openSection(b, 'Discussion');
  await expect(b.getByRole('list', { name: 'Questions' })).toContainText('1 answer');
  await b.getByRole('button', { name: 'Why is the dot product a number?' }).click();
  const answers = b.getByRole('list', { name: 'Answers' });
  await expect(answers).toContainText('adds them up');
  await b.getByRole('button', { name: `Mark ${alice}’s answer helpful` }).click();
  await expect(answers.getByText('✓ Marked helpful')).toBeVisible();

  const results = await new AxeBuilder({ page: b }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await openSection(a, 'Progress');
  const progress = await new AxeBuilder({ page: a }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(progress.violations.map((violation) => violation.id)).toEqual([]);

  // On a phone the page, its sections and the wide map fit the screen; the map scrolls inside itself.
  await a.setViewportSize({ width: 375, height: 800 });
  await expect(a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' })).toBeVisible();
  expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await contextA.close();
  await contextB.close();
});
