import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

const paths = [
  '/',
  '/roles/data-scientist',
  '/roles/data-scientist?view=graph',
  '/topics/eigenvalues-and-eigenvectors',
  '/learn/principal-component-analysis',
];

for (const path of paths) {
  test(`${path} has no horizontal scroll at 375 px`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
