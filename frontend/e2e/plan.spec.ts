import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { registerLearner } from './learners';

test('a new learner sets a plan, gets today’s work and a forecast, and the plan follows their practice', async ({
  page,
}) => {
  await registerLearner(page, '/plan', 'planner');
  await expect(page.getByRole('heading', { level: 2, name: 'Set up your plan' })).toBeVisible();

  await page.getByLabel('Your goal').selectOption({ label: 'Machine learning engineer' });
  const hours = page.getByLabel(/Hours a day/);
  await hours.focus();
  await page.keyboard.press('ArrowRight'); // 1 h -> 1.5 h
  await page.keyboard.press('ArrowRight'); // -> 2 h
  await expect(page.getByText('Hours a day: 2.0')).toBeVisible();
  await expect(page.getByText('Suggested for 2.0 h a day.')).toBeVisible();
  await page.getByRole('button', { name: 'Make my plan' }).click();

  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toBeVisible();
  await expect(today.getByText(/of your 120 minutes planned/)).toBeVisible();
  await expect(today.getByRole('listitem').first()).toContainText('New');
  const forecast = page.getByRole('region', { name: /Forecast/ });
  await expect(forecast).toContainText(/At 2 h a day you will most likely finish around/, { timeout: 30_000 });
  await expect(forecast.getByRole('img', { name: /Likely finish between/ })).toBeVisible();

  // Practise a core topic and get it wrong: the plan now says to keep practising it.
  await page.goto('/practise/dot-product?template=dot-product-2d&seed=0');
  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  await page.getByRole('button', { name: 'Type it as text' }).click();
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('123456');
  await answer.press('Enter');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Not quite');

  await page.goto('/plan');
  const first = page.getByRole('region', { name: 'Today' }).getByRole('listitem').first();
  await expect(first).toContainText('Continue');
  await expect(first).toContainText('The dot product');
  await expect(first).toContainText(/Keep practising: estimated \d+% known/);
  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress.getByRole('list', { name: 'Topics by level' })).toContainText('1 Learning');
  await expect(progress).toContainText('1-day streak');
  await expect(progress.getByRole('img', { name: /Study in the last 12 weeks/ })).toBeVisible();

  // Study outside Lemma is logged by hand and counts.
  await progress.getByLabel('Minutes').fill('40');
  await progress.getByLabel('What (optional)').fill('A lecture on vectors');
  await progress.getByRole('button', { name: 'Log time' }).click();
  await expect(progress.getByRole('status')).toContainText('Logged 40 minutes');
  await expect(progress).toContainText(/\b4\d min today/);

  await first.getByRole('link', { name: 'The dot product' }).click();
  await expect(page).toHaveURL(/\/practise\/dot-product/);
});

test('changing the budget re-plans at once, and the plan page has no axe violations', async ({ page }) => {
  await registerLearner(page, '/plan', 'planner');
  await page.getByLabel('Your goal').selectOption({ label: 'Data scientist' });
  await page.getByRole('button', { name: 'Make my plan' }).click();
  const forecast = page.getByRole('region', { name: /Forecast/ });
  // The forecast simulates the whole data-science goal 200 times: allow for a busy CI machine.
  await expect(forecast).toContainText('At 1 h a day', { timeout: 30_000 });

  await page.getByText('Change your goal or time budget').click();
  const hours = page.getByLabel(/Hours a day/);
  await hours.focus();
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight'); // 1 h -> 4 h
  await page.getByRole('button', { name: 'Save and re-plan' }).click();
  await expect(forecast).toContainText('At 4 h a day', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Today' }).getByText(/of your 240 minutes planned/)).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('weekly milestones, a break that empties today and ends at once, and a calendar feed to subscribe to', async ({
  page,
}) => {
  await registerLearner(page, '/plan', 'planner');
  await page.getByLabel('Your goal').selectOption({ label: 'Machine learning engineer' });
  await page.getByRole('button', { name: 'Make my plan' }).click();

  const milestones = page.getByRole('region', { name: 'Weekly milestones' });
  const thisWeek = milestones.getByRole('listitem').first();
  await expect(thisWeek).toContainText('This week');
  await expect(thisWeek).toContainText(/Finish .+|Keep going with .+/);
  await expect(milestones).toContainText(/About \d+(\.\d)? h of new study a week/);

  const breaks = page.getByRole('region', { name: 'Breaks' });
  await breaks.getByLabel('Reason (optional)').fill('A week away');
  await breaks.getByRole('button', { name: 'Pause my plan' }).click();
  await expect(breaks.getByRole('status')).toContainText('Paused from');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toContainText(/You’re taking a break until|You're taking a break until/);
  await expect(today.getByRole('listitem')).toHaveCount(0);
  await expect(thisWeek).toContainText('On a break all week.');

  await breaks.getByRole('button', { name: 'End the break now' }).click();
  await expect(breaks.getByRole('status')).toContainText('The break is cancelled.');
  await expect(page.getByRole('region', { name: 'Today' }).getByText(/of your \d+ minutes planned/)).toBeVisible();

  const calendar = page.getByRole('region', { name: 'Your plan in your calendar' });
  await calendar.getByRole('button', { name: 'Make a calendar link' }).click();
  const link = calendar.getByLabel('Private calendar link');
  await expect(link).toHaveValue(/\/api\/learning\/calendar\/[\w-]+\.ics$/);
  const feed = await page.request.get(await link.inputValue(), { headers: { Cookie: '' } });
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
});
