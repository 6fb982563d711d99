import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

// Created by `make e2e-server` (manage.py ensure_curator).
const CURATOR = { username: 'e2e-curator', password: 'e2e-Curator-passphrase-42' };
const TOPIC = '/topics/dot-product';

async function logIn(page: Page, { username, password }: typeof CURATOR, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner').getByText(username, { exact: true })).toBeVisible();
}

async function rateHelpful(page: Page, title: string) {
  await page.goto(TOPIC);
  const yes = page.getByRole('group', { name: `Was ${title} helpful for this topic?` }).getByRole('button', { name: 'Yes' });
  await yes.click();
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
}

test('a learner’s suggestion is approved by a curator, rated helpful and ranked first', async ({ page, browser }) => {
  const title = `Dot products, drawn ${Date.now().toString(36)}`;

  // A learner suggests a resource for the topic and sees it waiting.
  await registerLearner(page, TOPIC, 'suggester');
  const form = page.getByRole('form', { name: 'Suggest a resource' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Link').fill('not a link');
  await form.getByLabel('Why it helps').fill('Short');
  await form.getByRole('button', { name: 'Suggest it' }).click();
  await expect(form.getByText('Enter an http:// or https:// link.')).toBeVisible();
  await form.getByLabel('Link').fill(`https://example.org/${encodeURIComponent(title)}`);
  await form.getByLabel('Why it helps').fill('The drawings show the projection behind the formula.');
  await form.getByRole('button', { name: 'Suggest it' }).click();
  await expect(form.getByRole('status')).toContainText('is waiting for a curator');
  const mine = page.getByRole('region', { name: 'Your suggestions' });
  await expect(mine.getByRole('listitem').filter({ hasText: title })).toContainText('Waiting for a curator');

  // A learner cannot curate.
  await page.goto('/curate');
  await expect(page.getByRole('heading', { level: 1, name: 'Curators only' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Curate' })).toHaveCount(0);

  // The curator approves it as a video.
  const curatorContext = await browser.newContext();
  const curator = await curatorContext.newPage();
  await logIn(curator, CURATOR, '/');
  await curator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Curate' }).click();
  await expect(curator.getByRole('heading', { level: 1, name: 'Curate' })).toBeVisible();
  const card = curator.getByRole('listitem', { name: title });
  await expect(card).toContainText('The drawings show the projection');
  const axe = await new AxeBuilder({ page: curator }).analyze();
  expect(axe.violations).toEqual([]);
  await card.getByRole('button', { name: 'Approve…' }).click();
  const approve = curator.getByRole('form', { name: `Approve ${title}` });
  await approve.getByLabel('Kind').selectOption('video');
  await approve.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(curator.getByRole('status').filter({ hasText: 'Approved' })).toContainText(`Approved “${title}”`);
  await expect(card).toHaveCount(0);

  await curator.getByRole('tab', { name: 'Audit log' }).click();
  await expect(curator.getByRole('list', { name: 'Audit log' }).getByRole('listitem').first()).toContainText(
    'Approved a suggestion',
  );
  const axeLog = await new AxeBuilder({ page: curator }).analyze();
  expect(axeLog.violations).toEqual([]);

  // The learner now finds it on the topic page, and their suggestion approved.
  await page.goto(TOPIC);
  const resources = page.getByRole('list', { name: 'Resources' });
  await expect(resources.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await expect(mine.getByRole('listitem').filter({ hasText: title })).toContainText('Approved');

  // Two votes of "helpful" put it first.
  await rateHelpful(page, title);
  await rateHelpful(curator, title);
  await page.reload();
  const first = page.getByRole('list', { name: 'Resources' }).getByRole('listitem').first();
  await expect(first).toContainText(title);
  await expect(first).toContainText('2 of 2 learners found this helpful');
  await curatorContext.close();
});
