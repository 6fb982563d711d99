import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { registerLearner } from './learners';

const NOTE = 'Sum of products: $a \\cdot b = \\sum_i a_i b_i$.\n\n<script>document.title = "pwned"</script>';

test('a learner writes a note with a formula, makes it public, an anonymous visitor reads it, and the export has it', async ({
  page,
  browser,
}) => {
  const username = await registerLearner(page, '/topics/dot-product', 'noter');
  await expect(page.getByRole('heading', { level: 1, name: 'The dot product' })).toBeVisible();

  // Write the note: the preview renders the formula as maths and the script as nothing.
  const notes = page.getByRole('region', { name: 'Your notes' });
  await notes.getByLabel('Note', { exact: true }).fill(NOTE);
  const preview = notes.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Sum of products:');
  await expect(preview.locator('.katex').first()).toBeVisible();
  await expect(preview.locator('script')).toHaveCount(0);

  await notes.getByRole('radio', { name: /Public/ }).check();
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(notes.getByRole('status')).toContainText('Saved at');

  // After a reload the note is still there, rendered.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your notes' }).getByLabel('Note', { exact: true })).toHaveValue(NOTE);
  await expect(page.getByRole('region', { name: 'Your notes' }).getByRole('radio', { name: /Public/ })).toBeChecked();

  // Turn the public page on from the notes page, which lists the note.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your notes' })).toBeVisible();
  const listed = page.getByRole('listitem').filter({ hasText: 'The dot product' });
  await expect(listed).toContainText('Public');
  await expect(listed.locator('.katex').first()).toBeVisible();
  await page.getByLabel('Show my public notes on a public page').check();
  await page.getByLabel('Display name (optional)').fill('Dot Fan');
  await page.getByRole('button', { name: 'Save page settings' }).click();
  await expect(page.getByText('Your public page is on.')).toBeVisible();
  await expect(page.getByRole('link', { name: `/people/${username}` })).toBeVisible();

  // The export downloads one Markdown file with the note under a heading.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lemma-notes-\d{4}-\d{2}-\d{2}\.md$/);
  const exported = await readFile(await download.path(), 'utf-8');
  expect(exported).toContain(`# Lemma notes of ${username}`);
  expect(exported).toContain('## The dot product');
  expect(exported).toContain('Visibility: public');
  expect(exported).toContain(NOTE);

  // Someone who is not signed in reads the public page.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(`/people/${username}`);
  await expect(anonymous.getByRole('heading', { level: 1, name: 'Notes by Dot Fan' })).toBeVisible();
  const publicNote = anonymous.getByRole('listitem').filter({ hasText: 'The dot product' });
  await expect(publicNote).toContainText('Sum of products:');
  await expect(publicNote.locator('.katex').first()).toBeVisible();
  await expect(publicNote.locator('script')).toHaveCount(0);
  await expect(anonymous).not.toHaveTitle('pwned');
  const results = await new AxeBuilder({ page: anonymous }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // Turned off, the page is gone for the visitor.
  await page.getByLabel('Show my public notes on a public page').uncheck();
  await page.getByRole('button', { name: 'Save page settings' }).click();
  await expect(page.getByText('Your public page is off.')).toBeVisible();
  await anonymous.reload();
  await expect(anonymous.getByRole('heading', { level: 1, name: 'No public page here' })).toBeVisible();
  await visitor.close();
});

test('the topic page with the note editor has no axe violations', async ({ page }) => {
  await registerLearner(page, '/topics/dot-product', 'noter');
  await expect(page.getByRole('region', { name: 'Your notes' }).getByLabel('Note', { exact: true })).toBeVisible();
  await page.getByRole('region', { name: 'Your notes' }).getByLabel('Note', { exact: true }).fill('$x^2$');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
