import type { ChildPage, Worklist } from '@lumo/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiSignIn, disposeApiSessions, signedInPage } from './support/api';
import {
  expectAccessible,
  expectPageHeading,
  launchBrowser,
  qa,
  screenshot,
  visibleText,
} from './support/browser';

let browser: Browser;
let own: ChildPage;
let otherTeams: ChildPage;

async function someClient(username: string, index: number): Promise<ChildPage> {
  const api = await apiSignIn(username);
  const worklist = await api.get<Worklist>('/api/worklist');
  const clients = worklist.children.filter((c) => c.relationship === 'responsible');
  const chosen = clients[index % clients.length];
  if (!chosen) throw new Error(`${username} has no clients`);
  return api.get<ChildPage>(`/api/children/${chosen.id}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
  own = await someClient('anna.virtanen', 3);
  // A child of another team, read as that team's own worker.
  otherTeams = await someClient('tiina.lahtinen', 0);
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

async function search(page: Page, text: string) {
  await page.locator(qa('search-input')).fill(text);
  await page.locator(qa('search-submit')).click();
  await page.locator(qa('search-results')).waitFor();
}

describe('person search', () => {
  test('finds one of her children by name and by personal identity code, and no child of another team', async () => {
    const page = await signedInPage(browser, 'anna.virtanen');
    await page.locator(qa('nav-search')).click();
    await expectPageHeading(page, 'Henkilöhaku');
    await expectAccessible(page, 'search (fi)');

    // Too short a query is refused by the form itself.
    await page.locator(qa('search-input')).fill('a');
    await page.locator(qa('search-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('search-page'))))
      .toContain('Kirjoita vähintään 2 merkkiä.');

    const { child } = own;
    await search(page, `${child.firstNames.split(' ')[0]} ${child.lastName}`);
    const byName = page.locator(`${qa('search-result')}[data-person-id="${child.id}"]`);
    await byName.waitFor();
    expect(await visibleText(byName)).toContain(child.hetu ?? '');
    expect(await visibleText(byName)).toContain('lapsi');
    await expectAccessible(page, 'search results (fi)');
    await screenshot(page, 'search');

    await search(page, child.hetu ?? '');
    await expect.poll(() => page.locator(qa('search-result')).count()).toBe(1);
    expect(await page.locator(qa('search-result')).getAttribute('data-person-id')).toBe(child.id);

    // A guardian is found too, with a link to the child through whom she is visible.
    const guardian = own.family.find((member) => member.isGuardian && member.hetu);
    if (guardian?.hetu) {
      await search(page, guardian.hetu);
      const result = page.locator(`${qa('search-result')}[data-person-id="${guardian.id}"]`);
      await result.waitFor();
      expect(await visibleText(result)).toContain('aikuinen');
      expect(await result.locator(qa('search-result-child')).allInnerTexts()).toContain(
        `${child.firstNames} ${child.lastName}`,
      );
    }

    const other = otherTeams.child;
    await search(page, `${other.firstNames} ${other.lastName}`);
    await page.locator(qa('search-no-results')).waitFor();
    expect(await page.locator(qa('search-result')).count()).toBe(0);
    await search(page, other.hetu ?? '');
    await expect
      .poll(() => page.locator(qa('search-no-results')).textContent())
      .toBe(`Haulla ”${other.hetu}” ei löytynyt ketään.`);

    // The result links to the child page.
    await search(page, child.hetu ?? '');
    await page.locator(qa('search-result-link')).first().click();
    await expectPageHeading(page, `${child.firstNames} ${child.lastName}`);
    await page.context().close();
  });
});
