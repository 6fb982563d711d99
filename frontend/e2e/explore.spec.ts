import { expect, test } from '@playwright/test';

test('a learner explores a role, a topic and an on-demand path', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Open the roadmap for Data scientist' }).click();

  await expect(page).toHaveURL(/\/roles\/data-scientist$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Data scientist' })).toBeVisible();
  const graph = page.getByRole('region', { name: /Prerequisite graph for Data scientist/ });
  await expect(graph.locator('.react-flow__node').first()).toBeVisible();
  expect(await graph.locator('.react-flow__node').count()).toBeGreaterThan(10);

  await page.getByRole('tab', { name: 'Outline' }).click();
  const outline = page.getByRole('tabpanel', { name: 'Outline' });
  await outline.getByRole('link', { name: 'Eigenvalues and eigenvectors', exact: true }).click();

  await expect(page).toHaveURL(/\/topics\/eigenvalues-and-eigenvectors$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Eigenvalues and eigenvectors' })).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();

  const resources = page.getByRole('list', { name: 'Resources' });
  const before = await resources.getByRole('listitem').count();
  expect(before).toBeGreaterThan(0);
  await page.getByRole('group', { name: 'Cost' }).getByRole('button', { name: 'Free', exact: true }).click();
  const count = page.getByText(/^Showing \d+ of \d+ resources \(free resources\)$/);
  await expect(count).toBeVisible();
  const shown = Number((await count.textContent())?.match(/Showing (\d+)/)?.[1]);
  expect(shown).toBeGreaterThan(0);
  await expect(resources.getByRole('listitem')).toHaveCount(shown);
  for (const item of await resources.getByRole('listitem').all()) {
    await expect(item.getByText('Free', { exact: true })).toBeVisible();
  }

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn on demand' }).click();
  const picker = page.getByRole('combobox', { name: 'What do you want to learn?' });
  await picker.pressSequentially('principal comp');
  await page.getByRole('option', { name: /Principal component analysis/ }).click();

  await expect(page).toHaveURL(/\/learn\/principal-component-analysis$/);
  const path = page.getByRole('list', { name: 'Study path to Principal component analysis' });
  const steps = path.getByRole('listitem');
  await expect(steps.last()).toContainText('Step');
  const titles = await steps.locator('a').allTextContents();
  expect(titles.at(-1)).toBe('Principal component analysis');
  const eigen = titles.indexOf('Eigenvalues and eigenvectors');
  expect(eigen).toBeGreaterThanOrEqual(0);
  expect(eigen).toBeLessThan(titles.length - 1);
  await expect(steps.first()).toContainText('Step 1:');
});

test('the graph opens a topic from the keyboard', async ({ page }) => {
  await page.goto('/roles/ml-engineer');
  const firstNode = page.getByRole('region', { name: /Prerequisite graph/ }).locator('.react-flow__node').first();
  await expect(firstNode).toBeVisible();
  await firstNode.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  await page.goto('/topics/no-such-topic');
  await expect(page.getByRole('heading', { name: 'We could not find that topic' })).toBeVisible();
});
