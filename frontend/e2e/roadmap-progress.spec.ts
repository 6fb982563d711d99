import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { registerLearner } from './learners';

test('signed out, the roadmap shows no progress; a learner who has answered an exercise sees that topic’s level on it', async ({
  page,
}) => {
  await page.goto('/roles/ml-engineer?view=graph');
  const graph = page.getByRole('region', { name: /Prerequisite graph for Machine learning engineer/ });
  await expect(graph.locator('.react-flow__node').first()).toBeVisible();
  await expect(graph.locator('.react-flow__node[data-id="dot-product"]')).toHaveAttribute(
    'aria-label',
    /^The dot product: core( prerequisite)?, \d+(\.\d+)? hours$/,
  );
  await expect(page.getByRole('heading', { name: /Your progress/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Colour topics by' })).toHaveCount(0);

  await registerLearner(page, '/practise/dot-product?template=dot-product-2d&seed=0', 'mapper');
  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  await page.getByRole('button', { name: 'Type it as text' }).click();
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('123456');
  await answer.press('Enter');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Not quite');

  await page.goto('/roles/ml-engineer?view=graph');
  const dot = graph.locator('.react-flow__node[data-id="dot-product"]');
  await expect(dot).toHaveAttribute('aria-label', /^The dot product: .*, learning, about \d+% known$/);
  await expect(dot.getByText('Learning', { exact: true })).toBeAttached();
  await expect(page.getByRole('heading', { name: /Your progress/ })).toContainText('1 started');

  // Coloured by progress, the node takes the "learning" tint.
  await page.getByRole('group', { name: 'Colour topics by' }).getByRole('button', { name: 'My progress' }).click();
  await expect(page).toHaveURL(/colour=progress/);
  await expect(dot.locator('> div')).toHaveCSS('background-color', 'rgb(224, 242, 254)');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  await page.getByRole('tab', { name: 'Outline' }).click();
  const item = page.getByRole('tabpanel', { name: 'Outline' }).getByRole('listitem').filter({
    has: page.getByRole('link', { name: 'The dot product', exact: true }),
  });
  await expect(item).toContainText('Learning');
});

test('a learner aims at topics of their own and finds them chosen when they come back', async ({ page }) => {
  await registerLearner(page, '/plan', 'mapper');
  await page.getByRole('radio', { name: 'Topics I choose' }).check();
  const picker = page.getByRole('group', { name: 'Your goal: topics you choose' });
  const search = picker.getByRole('searchbox', { name: 'Find topics' });
  await search.fill('eigen');
  await expect(picker.getByText(/topics match “eigen”/)).toBeVisible();
  await picker.getByRole('checkbox', { name: 'Eigenvalues and eigenvectors' }).check();
  await search.fill('gradient descent');
  await picker.getByRole('checkbox', { name: 'Gradient descent', exact: true }).check();
  await expect(picker.getByText(/topics? selected/)).toHaveText('2 topics selected');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).include('form').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.getByRole('button', { name: 'Make my plan' }).click();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toBeVisible();
  await expect(today.getByRole('listitem').first()).toBeVisible();

  await page.reload();
  await page.getByText('Change your goal or time budget').click();
  await expect(page.getByRole('radio', { name: 'Topics I choose' })).toBeChecked();
  const chosen = page.getByRole('list', { name: 'Selected topics' });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);
  await expect(chosen).toContainText('Eigenvalues and eigenvectors');
  await expect(chosen).toContainText('Gradient descent');
  await expect(page.getByRole('checkbox', { name: 'Eigenvalues and eigenvectors' })).toBeChecked();
});
