import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const screens = [
  ['home', '/'],
  ['roadmap graph', '/roles/data-scientist'],
  ['roadmap outline', '/roles/data-scientist?view=outline'],
  ['topic', '/topics/eigenvalues-and-eigenvectors'],
  ['learn on demand', '/learn/principal-component-analysis'],
  ['log in', '/login'],
  ['register', '/register'],
] as const;

for (const [name, path] of screens) {
  test(`the ${name} screen has no WCAG A/AA violations axe can find`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
    expect(summary).toEqual([]);
  });
}

test('a keyboard user can skip to the content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
