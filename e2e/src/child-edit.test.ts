import type { ChildPage } from '@lumo/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiSignIn, clientsOf, disposeApiSessions, signedInPage } from './support/api';
import { expectAccessible, launchBrowser, qa, screenshot, visibleText } from './support/browser';

let browser: Browser;
let childIds: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  // Anna Virtanen's second and third clients (no other test file edits them).
  childIds = (await clientsOf('anna.virtanen')).slice(1, 3).map((c) => c.id);
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

describe('correcting a child’s contact details', () => {
  test('the phone number is validated, saved and shown', async () => {
    const [id] = childIds;
    const page = await signedInPage(browser, 'anna.virtanen', `/children/${id}`);
    await page.locator(qa('child-page')).waitFor();
    await page.locator(qa('child-edit-open')).click();
    await page.locator(qa('child-edit-phone')).fill('040 abc');
    await page.locator(qa('child-edit-save')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('child-edit'))))
      .toContain('Puhelinnumerossa voi olla numeroita');
    await expectAccessible(page, 'child edit form with an error (fi)');
    await screenshot(page, 'child-edit');

    await page.locator(qa('child-edit-phone')).fill('+358 40 123 4567');
    await page.locator(qa('child-edit-save')).click();
    await expect.poll(() => page.locator(qa('child-edit-saved')).isVisible()).toBe(true);
    await expect.poll(() => page.locator(qa('child-phone')).textContent()).toBe('+358 40 123 4567');
    await page.context().close();
  });

  test('when someone else saved first, the latest version is offered and nothing typed is lost', async () => {
    const [, id] = childIds;
    const page = await signedInPage(browser, 'anna.virtanen', `/children/${id}`);
    await page.locator(qa('child-page')).waitFor();
    await page.locator(qa('child-edit-open')).click();

    // Meanwhile a colleague corrects the post office.
    const mikko = await apiSignIn('mikko.laine');
    const before = await mikko.get<ChildPage>(`/api/children/${id}`);
    const saved = await mikko.send('PATCH', `/api/children/${id}`, {
      version: before.child.version,
      postOffice: 'MUURAME',
    });
    expect(saved.status).toBe(200);

    await page.locator(qa('child-edit-phone')).fill('050 765 4321');
    await page.locator(qa('child-edit-save')).click();
    const conflict = page.locator(qa('child-edit-conflict'));
    await conflict.waitFor();
    expect(await visibleText(conflict)).toContain('Joku muu muutti tietoa samaan aikaan.');
    await screenshot(page, 'child-edit-conflict');

    await page.locator(qa('child-edit-reload')).click();
    await page.locator(qa('child-edit-reloaded')).waitFor();
    // What she typed is still there, with the saved value beside it; the field she did not touch
    // now shows the colleague's correction.
    expect(await page.locator(qa('child-edit-phone')).inputValue()).toBe('050 765 4321');
    expect(await visibleText(page.locator(qa('child-edit')))).toContain('Tallennettu arvo:');
    expect(await page.locator(qa('child-edit-post-office')).inputValue()).toBe('MUURAME');
    await page.locator(qa('child-edit-save')).click();
    await expect.poll(() => page.locator(qa('child-edit-saved')).isVisible()).toBe(true);
    await expect.poll(() => page.locator(qa('child-phone')).textContent()).toBe('050 765 4321');
    // The colleague's correction survived.
    expect(await visibleText(page.locator(qa('child-address')))).toContain('MUURAME');
    await page.context().close();
  });
});
