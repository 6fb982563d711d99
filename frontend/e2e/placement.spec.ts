import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

async function registerWithPlan(page: Page) {
  await registerLearner(page, '/plan', 'placed');
  await page.getByLabel('Your goal').selectOption({ label: 'Machine learning engineer' });
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
}

test('a new learner takes placement: a graded answer, then I don’t know until it is sure, then the plan', async ({
  page,
}) => {
  await registerWithPlan(page);
  await page.getByRole('complementary', { name: 'Placement' }).getByRole('link', { name: 'Take placement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Placement' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Find out what you already know' })).toBeVisible();
  await page.getByRole('button', { name: 'Start placement' }).click();
  await expect(page.getByText('Question 1 of at most 25')).toBeVisible();

  // The first question gets a real (wrong) answer, graded by the engine; then "Next".
  const question = page.getByRole('article');
  await expect(question.getByRole('heading', { level: 2 })).toBeVisible();
  const asText = question.getByRole('button', { name: 'Type it as text' });
  if (await asText.isVisible()) {
    await asText.click();
    const answer = question.getByRole('textbox', { name: 'Your answer' });
    await answer.fill('123456');
    await answer.press('Enter');
    // Wait for the verdict itself: the result region is empty until the answer is sent, then says
    // it is checking, then shows the verdict.
    const result = question.getByRole('status', { name: 'Result' });
    await expect(result).not.toBeEmpty();
    await expect(result).not.toContainText('Checking', { timeout: 15_000 });
  }
  // A graded answer offers Next; an answer the grader could not read leaves "I don't know".
  const next = question.getByRole('button', { name: 'Next' });
  const dontKnowFirst = question.getByRole('button', { name: 'I don’t know' });
  await expect(next.or(dontKnowFirst)).toBeEnabled();
  if (await next.isVisible()) await next.click();
  else await dontKnowFirst.click();
  await expect(page.getByText('Question 2 of at most 25')).toBeVisible();
  await expect(page.getByText(/% of your topics placed with confidence so far/)).toBeVisible();

  // Placement is resumable: leave and come back to the same question.
  const title = await page.getByRole('article').getByRole('heading', { level: 2 }).textContent();
  await page.goto('/plan');
  await page.getByRole('link', { name: 'Resume placement' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(title ?? '');

  for (let asked = 2; asked <= 25; asked++) {
    const dontKnow = page.getByRole('button', { name: 'I don’t know' });
    const result = page.getByRole('heading', { name: 'What you know' });
    await expect(dontKnow.or(result)).toBeVisible();
    if (await result.isVisible()) break;
    await dontKnow.click();
    await expect(page.getByText(`Question ${asked + 1} of at most 25`).or(result)).toBeVisible();
  }

  await expect(page.getByRole('heading', { name: 'What you know' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^0 known, \d+ ready, \d+ later$/ })).toBeVisible();
  const ready = page.getByText(/^Ready to learn \(\d+\)$/);
  await expect(ready).toBeVisible();
  await page.getByText(/^Later \(\d+\)$/).click();
  await expect(page.getByText(/You said you don.t know it yet/).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('link', { name: 'See today’s plan' }).click();
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take placement' })).toHaveCount(0);
});

test('skipping placement is remembered, and a topic can be tested out of from its page', async ({ page }) => {
  await registerWithPlan(page);
  await page.goto('/placement');
  await page.getByRole('button', { name: 'Skip: start from the beginning' }).click();
  await expect(page.getByRole('link', { name: 'Back to your plan' })).toBeVisible();
  await page.goto('/plan');
  await expect(page.getByRole('link', { name: 'Take placement' })).toHaveCount(0);

  await page.goto('/topics/vectors');
  await page.getByRole('link', { name: 'Already know it? Test out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Test out of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText('Question 1 of at most 3')).toBeVisible();
  await page.getByRole('button', { name: 'I don’t know' }).click();
  await expect(page.getByText('Question 2 of at most 3')).toBeVisible();
  await page.getByRole('button', { name: 'I don’t know' }).click();
  await expect(page.getByRole('heading', { name: 'Not this time' })).toBeVisible();
  await expect(page.getByText(/0 of 2 right/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Practise / })).toHaveAttribute('href', '/practise/vectors');
});
