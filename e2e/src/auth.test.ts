import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectAccessible,
  expectPageHeading,
  launchBrowser,
  newPage,
  qa,
  screenshot,
  signIn,
  ZOOMED,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('signing in and out', () => {
  test('the sign-in page is accessible and explains a wrong password in the user’s language', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await expectPageHeading(page, 'Kirjaudu sisään', { focused: false });
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await expectAccessible(page, 'sign-in (fi)');
    await screenshot(page, 'login');

    // Nothing typed: the form says what is missing without asking the server.
    await page.locator(qa('login-submit')).click();
    await expect
      .poll(() => page.locator(qa('login-error')).textContent())
      .toBe('Anna käyttäjätunnus ja salasana.');

    await page.locator(qa('login-username')).fill('anna.virtanen');
    await page.locator(qa('login-password')).fill('not-the-password');
    await page.locator(qa('login-submit')).click();
    await expect
      .poll(() => page.locator(qa('login-error')).textContent())
      .toBe('Käyttäjätunnus tai salasana on väärä.');
    await screenshot(page, 'login-error');
    await page.context().close();
  });

  test('sign-in leads to the worklist; sign-out returns to sign-in and the worklist then needs signing in', async () => {
    const page = await newPage(browser);
    await page.goto('/worklist');
    // Not signed in: the worklist's address leads to the sign-in page.
    await page.waitForURL(/\/login/);
    await signIn(page, 'anna.virtanen');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/worklist');
    await expectPageHeading(page, 'Työlista');
    expect(await page.locator(qa('user-name')).textContent()).toBe('Anna Virtanen');
    expect(await page.locator(qa('user-title')).textContent()).toBe('Sosiaalityöntekijä');
    expect(await page.locator(qa('user-organisation')).textContent()).toBe('Keski-Suomen hyvinvointialue');

    await page.locator(qa('logout')).click();
    await page.waitForURL(/\/login/);
    await expect.poll(() => page.locator(qa('login-notice')).textContent()).toBe('Olet kirjautunut ulos.');
    await expect.poll(() => page.locator(qa('login-username')).isVisible()).toBe(true);

    await page.goto('/worklist');
    await page.waitForURL(/\/login\?/);
    await expect.poll(() => page.locator(qa('login-username')).isVisible()).toBe(true);
    expect(await page.locator(qa('worklist')).count()).toBe(0);
    await page.context().close();
  });

  test('when the session ends, the next request leads to sign-in with a message, and back after it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'terhi.koskinen');
    await page.locator(qa('worklist-tab-children')).click();
    const firstChild = page.locator(qa('worklist-row')).first();
    const childId = await firstChild.getAttribute('data-child-id');
    // The server forgets the session (as after the idle time-out).
    await page.context().clearCookies();
    await firstChild.locator('a').click();
    await page.waitForURL(/\/login\?/);
    await expect
      .poll(() => page.locator(qa('login-notice')).textContent())
      .toBe('Istuntosi on päättynyt. Kirjaudu uudelleen sisään.');
    await page.locator(qa('login-username')).fill('terhi.koskinen');
    await page.locator(qa('login-password')).fill('lumo-demo');
    await page.locator(qa('login-submit')).click();
    // Back where the user was going.
    await page.waitForURL(new RegExp(`/children/${childId}$`));
    await page.locator(qa('child-name')).waitFor();
    await page.context().close();
  });
});

describe('two-step verification', () => {
  // The e2e server requires it from the coordinator role (LUMO_MFA_REQUIRED_ROLES=coordinator).
  test('a user whose role requires it enrols with the key shown, then signs in with a code', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.locator(qa('login-username')).fill('noora.saarinen');
    await page.locator(qa('login-password')).fill('lumo-demo');
    await page.locator(qa('login-submit')).click();
    await expectPageHeading(page, 'Ota kaksivaiheinen tunnistautuminen käyttöön');
    const secret = (await page.locator(qa('totp-secret')).textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(await page.locator(qa('totp-url')).textContent()).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    await expectAccessible(page, 'two-step enrolment');
    await screenshot(page, 'totp-enrolment');

    // A wrong code is refused with the server's message.
    await page.locator(qa('totp-code')).fill('000000');
    await page.locator(qa('totp-submit')).click();
    await expect
      .poll(() => page.locator(qa('login-error')).textContent())
      .toBe('Vahvistuskoodi on väärä tai vanhentunut.');

    const now = Math.floor(Date.now() / 1000);
    await page.locator(qa('totp-code')).fill(await generate({ secret, epoch: now }));
    await page.locator(qa('totp-submit')).click();
    await page.locator(qa('worklist')).waitFor();
    await page.locator(qa('logout')).click();
    await page.waitForURL(/\/login/);

    // Next time: the code step. A code is accepted only once, so use the next period's code
    // (the server allows one period of clock drift).
    await page.locator(qa('login-username')).fill('noora.saarinen');
    await page.locator(qa('login-password')).fill('lumo-demo');
    await page.locator(qa('login-submit')).click();
    await expectPageHeading(page, 'Kaksivaiheinen tunnistautuminen');
    await screenshot(page, 'totp-code');
    const later = Math.floor(Date.now() / 1000) + 30;
    await page.locator(qa('totp-code')).fill(await generate({ secret, epoch: later }));
    await page.locator(qa('totp-submit')).click();
    await page.locator(qa('worklist')).waitFor();
    await page.context().close();
  });
});

describe('the sign-in page at 200 % zoom', () => {
  test('reflows to 640 px without sideways scrolling', async () => {
    const page = await newPage(browser, ZOOMED);
    await page.goto('/login');
    await page.locator(qa('login-username')).waitFor();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    await screenshot(page, 'login');
    await page.context().close();
  });
});
