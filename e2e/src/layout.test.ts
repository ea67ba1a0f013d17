import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clientsOf, disposeApiSessions, signedInPage } from './support/api';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  expectPageHeading,
  launchBrowser,
  qa,
  screenshot,
  ZOOMED,
} from './support/browser';

// 200 % zoom of a 1280 px screen is a 640 px wide page: everything must reflow, only tables may
// scroll sideways inside their own (keyboard-scrollable) container.

let browser: Browser;
let childId: string;
let otherChildId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const clients = await clientsOf('anna.virtanen');
  childId = clients[4]?.id ?? '';
  otherChildId = (await clientsOf('johanna.aaltonen'))[0]?.id ?? '';
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

async function activeElement(page: Page) {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    qa: document.activeElement?.getAttribute('data-qa'),
    id: document.activeElement?.id,
    text: document.activeElement?.textContent?.trim(),
  }));
}

describe('at 640 px (200 % zoom)', () => {
  test('the main screens reflow without sideways scrolling', async () => {
    const page = await signedInPage(browser, 'anna.virtanen', '/worklist/children', ZOOMED);
    await page.locator(qa('worklist-row')).first().waitFor();
    await expectNoHorizontalScroll(page, 'worklist');
    await screenshot(page, 'worklist');

    await page.goto(`/children/${childId}`);
    await page.locator(qa('child-page')).waitFor();
    await expectNoHorizontalScroll(page, 'child page');
    // A table wider than the screen scrolls in its own region, which the keyboard can reach.
    const regions = page.locator('[role="region"][tabindex="0"]');
    expect(await regions.count()).toBeGreaterThan(0);
    await expectAccessible(page, 'child page at 640 px');
    await screenshot(page, 'child');

    await page.locator(qa('child-audit-log-link')).click();
    await page.locator(qa('audit-log-row')).first().waitFor();
    await expectNoHorizontalScroll(page, 'use log');
    await screenshot(page, 'use-log');

    await page.locator(qa('nav-search')).click();
    await page.locator(qa('search-input')).fill('Vir');
    await page.locator(qa('search-submit')).click();
    await page.locator(qa('search-results')).waitFor();
    await expectNoHorizontalScroll(page, 'search');
    await screenshot(page, 'search');
    await page.context().close();
  });

  test('the team lead’s screens reflow too', async () => {
    const page = await signedInPage(browser, 'matti.karjalainen', `/children/${otherChildId}`, ZOOMED);
    await page.locator(qa('emergency-reason')).waitFor();
    await expectNoHorizontalScroll(page, 'not found with the emergency form');
    await screenshot(page, 'emergency-form');
    await page.locator(qa('nav-emergency')).click();
    await page.locator(qa('emergency-review')).waitFor();
    await expectNoHorizontalScroll(page, 'emergency review');
    await screenshot(page, 'emergency-review');
    await page.context().close();
  });
});

describe('keyboard', () => {
  test('the skip link leads to the main content and the focus moves to each new page’s heading', async () => {
    const page = await signedInPage(browser, 'anna.virtanen');
    // A page the browser loads leaves the focus at the top: the first Tab stop is the skip link.
    await expectPageHeading(page, 'Työlista', { focused: false });
    await page.locator(qa('deadline-row')).first().waitFor();
    await page.keyboard.press('Tab');
    expect((await activeElement(page)).text).toBe('Siirry pääsisältöön');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await activeElement(page)).id).toBe('main');

    // Through the navigation with the keyboard only.
    await page.locator(qa('nav-search')).focus();
    await page.keyboard.press('Enter');
    await expectPageHeading(page, 'Henkilöhaku');
    await page.keyboard.press('Tab');
    expect((await activeElement(page)).qa).toBe('search-input');

    await page.locator(qa('nav-worklist')).focus();
    await page.keyboard.press('Enter');
    await expectPageHeading(page, 'Työlista');
    await page.locator(qa('worklist-tab-children')).focus();
    await page.keyboard.press('Enter');
    await page.locator(qa('worklist-row')).first().waitFor();
    const link = page.locator(`${qa('worklist-row')}[data-child-id="${childId}"] a`);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator(qa('child-page')).waitFor();
    await expect.poll(async () => (await activeElement(page)).tag).toBe('H1');
    expect(await page.title()).toMatch(/ – Lumo$/);
    await page.context().close();
  });
});
