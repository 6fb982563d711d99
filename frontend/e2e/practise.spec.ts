import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

const SEEDED = '/practise/dot-product?template=dot-product-2d&seed=0';

/** a and b as the learner sees them, read from the LaTeX source KaTeX keeps in the prompt. */
async function promptVectors(page: Page) {
  const question = page.getByRole('region', { name: 'Question' });
  const sources = await question.locator('annotation[encoding="application/x-tex"]').allTextContents();
  const columns = sources
    .map((tex) => tex.match(/\\begin\{bmatrix\}\s*(-?\d+)\s*\\\\\s*(-?\d+)\s*\\end\{bmatrix\}/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => [Number(match[1]), Number(match[2])] as const);
  expect(columns).toHaveLength(2);
  const [[a1, a2], [b1, b2]] = columns as [readonly [number, number], readonly [number, number]];
  return { a1, a2, b1, b2 };
}

const result = (page: Page) => page.getByRole('status', { name: 'Result' });

async function useTextInput(page: Page) {
  await page.getByRole('button', { name: 'Type it as text' }).click();
  return page.getByRole('textbox', { name: 'Your answer' });
}

test('a learner practises the dot product: a known mistake, a hint, then a right answer in another form', async ({
  page,
}) => {
  await registerLearner(page, '/', 'practiser');
  await page.goto('/topics/dot-product');
  await expect(page.getByRole('heading', { level: 1, name: 'The dot product' })).toBeVisible();
  await page.getByRole('link', { name: 'Practise this topic' }).click();
  await expect(page).toHaveURL(/\/practise\/dot-product\?instance=[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();

  // A fixed template and seed give a known exercise; its numbers are read off the screen.
  await page.goto(SEEDED);
  await expect(page).toHaveURL(/\?instance=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  const { a1, a2, b1, b2 } = await promptVectors(page);
  const crossed = a1 * b2 + a2 * b1;

  const answer = await useTextInput(page);
  await answer.fill(String(crossed));
  await expect(page.getByText('Read as')).toBeVisible();
  await answer.press('Enter');
  await expect(result(page)).toContainText('Not quite');
  await expect(result(page)).toContainText(/Pair the components/);
  await expect(answer).toHaveValue(String(crossed));

  await page.getByRole('button', { name: /^Show a hint \(1 of \d+\)$/ }).click();
  await expect(page.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Show a hint \(2 of \d+\)$/ })).toBeVisible();

  await answer.fill(`${a1}*${b1} + ${a2}*(${b2})`);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(result(page)).toContainText('Correct');

  const attempts = page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem');
  await expect(attempts).toHaveCount(2);
  await expect(attempts.first()).toContainText('Correct');
  await expect(attempts.last()).toContainText('Not quite');

  // A reload keeps the same exercise, its hint and its history.
  const address = page.url();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  expect(page.url()).toBe(address);
  await expect(page.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Try another' }).click();
  await expect(page).not.toHaveURL(address);
  await expect(page).toHaveURL(/\/practise\/dot-product\?instance=[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your attempts' })).toHaveCount(0);
});

test('the maths editor works offline and submits with Enter, by keyboard alone', async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  const failures: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL ?? '')) elsewhere.push(request.url());
  });
  page.on('requestfailed', (request) => failures.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });

  await registerLearner(page, SEEDED, 'practiser');
  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  const editor = page.locator('math-field');
  await expect(editor).toBeVisible();

  await page.locator('#main').focus();
  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press('Tab');
    if (await editor.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(editor).toBeFocused();
  // The right value as a fraction, typed the way the editor builds one: numerator, /, denominator.
  const { a1, a2, b1, b2 } = await promptVectors(page);
  await page.keyboard.type(`${2 * (a1 * b1 + a2 * b2)}/2`);
  await expect(page.getByText('Read as')).toBeVisible();
  await expect.poll(() => editor.evaluate((element) => (element as HTMLElement & { value: string }).value)).toContain('\\frac');
  await page.keyboard.press('Enter');
  await expect(result(page)).toContainText('Correct');

  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
  expect(failures).toEqual([]);
});

test('a visitor is asked to log in, and comes back to the exercise afterwards', async ({ page }) => {
  await page.goto(SEEDED);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to practise' })).toBeVisible();
  await expect(page.getByText(/Your answers and progress are saved to your account/)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/register\?next=/);

  const username = `visitor${Date.now().toString(36)}`;
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.org`);
  await page.getByLabel('Password').fill('a-long-enough-Passw0rd');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  await expect(page).toHaveURL(/\/practise\/dot-product\?instance=/);
});

test('the player has no WCAG A/AA violations axe can find', async ({ page }) => {
  await registerLearner(page, SEEDED, 'practiser');
  const answer = await useTextInput(page);
  await answer.fill('1000');
  await answer.press('Enter');
  await expect(result(page)).toContainText('Not quite');
  await page.getByRole('button', { name: /^Show a hint/ }).click();
  await expect(page.getByRole('list', { name: 'Hints' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  expect(summary).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the practise page has no horizontal scroll at 375 px, before and after a verdict', async ({ page }) => {
    await registerLearner(page, SEEDED, 'practiser');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('math-field')).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    const answer = await useTextInput(page);
    await answer.fill('3*(');
    await answer.press('Enter');
    await expect(result(page)).toContainText('We could not read that answer');
    await page.getByRole('button', { name: 'Show worked solution' }).click();
    await page.getByRole('button', { name: 'Show the solution' }).click();
    await expect(page.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
