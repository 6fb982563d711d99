import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

const SEEDED = '/practise/dot-product?template=dot-product-2d&seed=0';

type Violation = { directive: string; blocked: string; source: string };

/**
 * Everything the browser says about the page: console errors and warnings (Chromium reports a
 * refused script, style or font there) and every `securitypolicyviolation` event, listened for
 * from before the page's own scripts run.
 */
async function watch(page: Page) {
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
  });
  page.on('pageerror', (error) => console.push(error.message));
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile });
    });
  });
  return {
    console,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations),
  };
}

/** The policy really is in force on this page: a test that passes without it proves nothing. */
async function expectPolicy(page: Page, path: string) {
  const response = await page.goto(path);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toContain('unsafe-eval');
}

test('a topic page renders its maths with KaTeX under the Content-Security-Policy', async ({ page }) => {
  const seen = await watch(page);
  await expectPolicy(page, '/topics/eigenvalues-and-eigenvectors');

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(1);
  // KaTeX's own fonts were allowed to load, not replaced by a fallback
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);

  expect(await seen.violations()).toEqual([]);
  expect(seen.console).toEqual([]);
});

test('the maths editor loads, takes typing and previews under the Content-Security-Policy', async ({ page }) => {
  const seen = await watch(page);
  await registerLearner(page, '/', 'csp');
  await expectPolicy(page, SEEDED);

  await expect(page.getByRole('heading', { level: 1, name: 'Dot product of two plane vectors' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Question' }).locator('.katex').first()).toBeVisible();
  const editor = page.locator('math-field');
  await expect(editor).toBeVisible();
  await editor.focus();
  await page.keyboard.type('12/4');
  await expect.poll(() => editor.evaluate((element) => (element as HTMLElement & { value: string }).value)).toContain('\\frac');
  await expect(page.getByText('Read as')).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(await seen.violations()).toEqual([]);
  expect(seen.console).toEqual([]);
});

test('the roadmap graph and the admin sign-in page work under the Content-Security-Policy', async ({ page }) => {
  const seen = await watch(page);
  await expectPolicy(page, '/roles/data-scientist');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await seen.violations()).toEqual([]); // read before the next page replaces the list

  await expectPolicy(page, '/admin/login/');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(await seen.violations()).toEqual([]);
  expect(seen.console).toEqual([]);
});

test('the API docs (Swagger UI) work under the Content-Security-Policy', async ({ page }) => {
  const seen = await watch(page);
  await expectPolicy(page, '/api/docs/');

  await expect(page.getByRole('heading', { name: /Lemma API/ })).toBeVisible();
  await expect(page.getByText('/api/auth/login/').first()).toBeVisible();

  expect(await seen.violations()).toEqual([]);
  expect(seen.console).toEqual([]);
});
