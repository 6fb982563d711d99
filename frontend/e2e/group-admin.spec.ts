import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registerLearner } from './learners';

async function openSection(page: Page, name: string) {
  await page.getByRole('tablist', { name: 'Group sections' }).getByRole('tab', { name }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
}

/** Each learner's entry in the Members list, found by the name on screen. */
function memberEntry(page: Page, username: string) {
  return page.getByRole('list', { name: 'Members' }).getByRole('listitem').filter({ hasText: username });
}

test('an owner hands a group over: admins, removal, weekly goal, transfer and leaving', async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [a, b, c] = await Promise.all(contexts.map((context) => context.newPage())) as [Page, Page, Page];

  const ann = await registerLearner(a, '/groups', 'adma');
  const ben = await registerLearner(b, '/groups', 'admb');
  const cat = await registerLearner(c, '/groups', 'admc');

  // Ann starts a group and makes an invite for two people.
  await a.goto('/groups');
  await a.getByLabel('Group name').fill('Eigenvalues at noon');
  await a.getByRole('button', { name: 'Create group' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Eigenvalues at noon' })).toBeVisible();
  const groupUrl = a.url();
  await openSection(a, 'Invites');
  await a.getByLabel(/Most people who can use it/).fill('2');
  await a.getByRole('button', { name: 'Create invite' }).click();
  const invites = a.getByRole('list', { name: 'Invites' });
  await expect(invites.getByText(/used 0 of 2 times/)).toBeVisible();
  const link = (await invites.getByText(/\/join\//).textContent())?.trim() ?? '';

  // Ben and Cat join through the link; as plain members they have no admin controls.
  for (const page of [b, c]) {
    await page.goto(link);
    await page.getByRole('button', { name: 'Join the group' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Eigenvalues at noon' })).toBeVisible();
  }
  await b.reload();
  await expect(b.getByText(/You are member/)).toBeVisible();
  await expect(b.getByRole('tab', { name: 'Invites' })).toHaveCount(0);
  await openSection(b, 'Members');
  await expect(memberEntry(b, cat)).toBeVisible();
  await expect(b.getByRole('button', { name: `Remove ${cat}` })).toHaveCount(0);

  // Ann makes Ben an admin.
  await a.reload();
  await openSection(a, 'Members');
  await expect(a.getByRole('heading', { name: 'Members (3)' })).toBeVisible();
  await a.getByRole('button', { name: `Make ${ben} an admin` }).click();
  await expect(a.getByRole('button', { name: `Make ${ben} a member` })).toBeVisible();
  await expect(memberEntry(a, ben).getByText('admin', { exact: true })).toBeVisible();

  // After a reload Ben sees admin controls: invites, and removing plain members but not the owner.
  await b.reload();
  await expect(b.getByText(/You are admin/)).toBeVisible();
  await expect(b.getByRole('tab', { name: 'Invites' })).toBeVisible();
  await openSection(b, 'Members');
  await expect(b.getByRole('button', { name: `Remove ${ann}` })).toHaveCount(0);
  await expect(b.getByRole('button', { name: `Make ${cat} an admin` })).toHaveCount(0);
  const axe = await new AxeBuilder({ page: b }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Ben removes Cat, confirming first.
  await b.getByRole('button', { name: `Remove ${cat}` }).click();
  await expect(b.getByText(`Remove ${cat} from the group?`)).toBeVisible();
  await b.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(b.getByRole('heading', { name: 'Members (2)' })).toBeVisible();
  await expect(memberEntry(b, cat)).toHaveCount(0);

  // Cat no longer finds the group, by its address or in her list.
  await c.goto(groupUrl);
  await expect(c.getByRole('heading', { level: 1, name: 'We could not find that group' })).toBeVisible();
  await c.goto('/groups');
  await expect(c.getByText('You are not in a study group yet.')).toBeVisible();

  // Ann sets a weekly goal and sees it, with the two remaining members in the table.
  await a.reload();
  await openSection(a, 'This week');
  await expect(a.getByText('No weekly goal is set.')).toBeVisible();
  await a.getByLabel('Hours per member').fill('3');
  await a.getByLabel('Topics to master per member').fill('1');
  await a.getByRole('button', { name: 'Save weekly goal' }).click();
  await expect(a.getByText('Saved.')).toBeVisible();
  await expect(a.getByText('This week’s goal: 3 h of study and 1 topic mastered each.')).toBeVisible();
  const week = a.getByRole('table', { name: 'Who has met this week’s goal so far' });
  await expect(week.getByRole('rowheader')).toHaveCount(2);
  await expect(week.getByRole('rowheader', { name: ann, exact: true })).toBeVisible();
  await expect(week.getByRole('rowheader', { name: ben, exact: true })).toBeVisible();
  await a.reload();
  await openSection(a, 'This week');
  await expect(a.getByText('This week’s goal: 3 h of study and 1 topic mastered each.')).toBeVisible();

  // As the owner with others in the group, Ann must hand it over before she can leave.
  await openSection(a, 'Members');
  await expect(a.getByText('As the owner, transfer ownership to another member before you leave.')).toBeVisible();
  await expect(a.getByRole('button', { name: 'Leave group' })).toHaveCount(0);
  await a.getByLabel('New owner').selectOption({ label: ben });
  await a.getByRole('button', { name: 'Transfer ownership' }).click();
  await a.getByRole('button', { name: `Yes, make ${ben} the owner` }).click();
  await expect(a.getByText(/You are admin/)).toBeVisible();
  await expect(memberEntry(a, ben).getByText('owner', { exact: true })).toBeVisible();
  await expect(memberEntry(a, ann).getByText('admin', { exact: true })).toBeVisible();

  // Now Ann may leave, and lands on her (empty) groups page.
  await a.getByRole('button', { name: 'Leave group' }).click();
  await a.getByRole('button', { name: 'Yes, leave' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Study groups' })).toBeVisible();
  await expect(a.getByText('You are not in a study group yet.')).toBeVisible();

  // Ben, the owner now, sees Ann gone.
  await b.reload();
  await expect(b.getByText(/You are owner/)).toBeVisible();
  await openSection(b, 'Members');
  await expect(b.getByRole('heading', { name: 'Members (1)' })).toBeVisible();
  await expect(memberEntry(b, ann)).toHaveCount(0);
  await expect(memberEntry(b, ben).getByText('owner', { exact: true })).toBeVisible();

  await Promise.all(contexts.map((context) => context.close()));
});
