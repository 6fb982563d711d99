import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Created by `make e2e-server` (manage.py ensure_curator).
const CURATOR = { username: 'e2e-curator', password: 'e2e-Curator-passphrase-42' };
const TOPIC_SLUG = 'dot-product';
const TOPIC = `/topics/${TOPIC_SLUG}`;

// "Check links now" is never pressed here: its in-process task would fetch real URLs.

async function logIn(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(CURATOR.username);
  await page.getByLabel('Password').fill(CURATOR.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner').getByText(CURATOR.username, { exact: true })).toBeVisible();
}

async function openTab(page: Page, name: 'Resources' | 'Audit log') {
  await page.goto('/curate');
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

function topicResources(page: Page) {
  return page.getByRole('list', { name: 'Resources' });
}

test('a curator creates, edits, reverts and retires a resource', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const slug = `projections-drawn-${stamp}`;
  const title = `Projections, drawn ${stamp}`;
  const renamed = `Projections, redrawn ${stamp}`;
  await logIn(page, '/curate');

  // Create a resource on the topic, with a section.
  await openTab(page, 'Resources');
  await page.getByRole('button', { name: 'New resource' }).click();
  const form = page.getByRole('form', { name: 'New resource' });
  await form.getByLabel('Slug').fill(slug);
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Link').fill(`https://example.org/${slug}`);
  await form.getByLabel('Provider').fill('Example Press');
  await form.getByLabel('Kind').selectOption('video');
  await form.getByLabel('Minutes to complete').fill('15');
  await form.getByLabel('Description').fill('Projections onto a line, drawn step by step.');
  await form.getByLabel('Topics and sections').fill('no-such-topic');
  await form.getByRole('button', { name: 'Create resource' }).click();
  await expect(form.getByLabel('Topics and sections')).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('no-such-topic');
  await form.getByLabel('Topics and sections').fill(`${TOPIC_SLUG} | Part 1`);
  await form.getByRole('button', { name: 'Create resource' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Created' })).toHaveText(`Created “${title}”.`);

  // It is listed under the topic filter, with its section.
  const filters = page.getByRole('search', { name: 'Filter resources' });
  await filters.getByLabel('Topic slug').fill(TOPIC_SLUG);
  await filters.getByRole('button', { name: 'Apply' }).click();
  const card = page.getByRole('listitem', { name: title });
  await expect(card.getByRole('list', { name: `Topics of ${title}` })).toContainText('Part 1');
  await expect(card).toContainText('Link not checked');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  // Learners see it on the topic page.
  await page.goto(TOPIC);
  await expect(topicResources(page).getByRole('link', { name: new RegExp(title) })).toBeVisible();

  // Edit its title.
  await openTab(page, 'Resources');
  await page.getByRole('search', { name: 'Filter resources' }).getByLabel('Topic slug').fill(TOPIC_SLUG);
  await page.getByRole('search', { name: 'Filter resources' }).getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('listitem', { name: title }).getByRole('button', { name: `Edit ${title}` }).click();
  const edit = page.getByRole('form', { name: `Edit ${title}` });
  await expect(edit.getByLabel('Topics and sections')).toHaveValue(`${TOPIC_SLUG} | Part 1`);
  await edit.getByLabel('Title').fill(renamed);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved “${renamed}”.`);
  await expect(page.getByRole('listitem', { name: renamed })).toBeVisible();

  await page.goto(TOPIC);
  await expect(topicResources(page).getByRole('link', { name: new RegExp(renamed) })).toBeVisible();

  // The audit log shows both changes; the edit's table shows the old and the new title.
  await openTab(page, 'Audit log');
  const log = page.getByRole('list', { name: 'Audit log' });
  await expect(log.getByRole('listitem').filter({ hasText: 'Created a resource' }).filter({ hasText: title }).first()).toBeVisible();
  const edited = log.getByRole('listitem').filter({ hasText: 'Edited a resource' }).filter({ hasText: renamed });
  await expect(edited).toHaveCount(1);
  const titleRow = edited.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'title' }) });
  await expect(titleRow.getByRole('cell')).toHaveText([title, renamed]);
  const axeLog = await new AxeBuilder({ page }).analyze();
  expect(axeLog.violations).toEqual([]);

  // Revert the edit, after confirming: the old title is back on the topic page.
  await edited.getByRole('button', { name: /^Revert change #\d+$/ }).click();
  await edited.getByRole('group', { name: /^Revert change #\d+\?$/ }).getByRole('button', { name: 'Yes, revert' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reverted' })).toContainText('Reverted change #');
  await expect(edited).toContainText('Reverted by change #');
  await expect(edited.getByRole('button', { name: /^Revert/ })).toHaveCount(0);
  await expect(log.getByRole('listitem').filter({ hasText: 'Reverted a change' }).filter({ hasText: renamed })).toHaveCount(1);

  await page.goto(TOPIC);
  await expect(topicResources(page).getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await expect(topicResources(page).getByRole('link', { name: new RegExp(renamed) })).toHaveCount(0);

  // Retire it, after confirming: it is gone from the topic page and listed as retired.
  await openTab(page, 'Resources');
  await page.getByRole('search', { name: 'Filter resources' }).getByLabel('Topic slug').fill(TOPIC_SLUG);
  await page.getByRole('search', { name: 'Filter resources' }).getByRole('button', { name: 'Apply' }).click();
  const restored = page.getByRole('listitem', { name: title });
  await restored.getByRole('button', { name: `Retire ${title}` }).click();
  await restored.getByRole('group', { name: `Retire ${title}?` }).getByRole('button', { name: 'Yes, retire it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Retired' })).toHaveText(`Retired “${title}”.`);
  await expect(page.getByRole('listitem', { name: title })).toHaveCount(0);
  await page.getByRole('search', { name: 'Filter resources' }).getByLabel('State').selectOption('retired');
  await expect(page.getByRole('listitem', { name: title })).toContainText('Retired');

  await page.goto(TOPIC);
  await expect(topicResources(page).getByRole('listitem').first()).toBeVisible();
  await expect(topicResources(page).getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
});
