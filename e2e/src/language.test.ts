import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clientsOf, disposeApiSessions, setUserLanguage, signedInPage } from './support/api';
import {
  expectAccessible,
  expectPageHeading,
  launchBrowser,
  newPage,
  qa,
  screenshot,
  signIn,
  visibleText,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // Other test files expect these users in Finnish, whatever order the files run in.
  for (const username of ['sari.heikkinen', 'laura.hamalainen', 'matti.karjalainen']) {
    await setUserLanguage(username, 'fi');
  }
  await disposeApiSessions();
});

describe('languages', () => {
  test('the language switch works before sign-in and is remembered in the browser', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await expectPageHeading(page, 'Kirjaudu sisään', { focused: false });
    await page.locator(qa('lang-sv')).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logga in');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('label', { hasText: 'Användarnamn' }).count()).toBe(1);
    expect(await page.locator(qa('lang-sv')).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logga in');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.title()).toBe('Logga in – Lumo');
    await expectAccessible(page, 'sign-in (sv)');
    await screenshot(page, 'login-sv');

    await page.locator(qa('login-username')).fill('anna.virtanen');
    await page.locator(qa('login-password')).fill('fel');
    await page.locator(qa('login-submit')).click();
    await expect
      .poll(() => page.locator(qa('login-error')).textContent())
      .toBe('Fel användarnamn eller lösenord.');
    await page.context().close();
  });

  test('after sign-in the switch saves the user’s language, which survives a reload and the next sign-in', async () => {
    const page = await newPage(browser);
    await signIn(page, 'sari.heikkinen');
    await expectPageHeading(page, 'Työlista');
    await page.locator(qa('lang-sv')).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Arbetslista');
    expect(await page.locator(qa('nav-search')).textContent()).toBe('Personsökning');
    expect(await page.locator(qa('logout')).textContent()).toBe('Logga ut');
    expect(await page.locator(qa('user-organisation')).textContent()).toBe(
      'Mellersta Finlands välfärdsområde',
    );
    // The job title comes from her role, in the reader's language, not from the stored Finnish title.
    expect(await page.locator(qa('user-title')).textContent()).toBe('Socialarbetare');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');

    // Saved on the server: the session says so.
    await expect
      .poll(async () => {
        const response = await page.request.get('/api/auth/session');
        return ((await response.json()) as { user: { language: string } }).user.language;
      })
      .toBe('sv');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Arbetslista');
    await page.locator(qa('worklist-tab-children')).click();
    expect(await page.locator(qa('worklist-section-responsible')).locator('h2').textContent()).toContain(
      'Mina klienter',
    );

    // A new browser, Finnish by default, signs in: the user's own language wins.
    const fresh = await newPage(browser);
    await fresh.goto('/login');
    await expectPageHeading(fresh, 'Kirjaudu sisään', { focused: false });
    await signIn(fresh, 'sari.heikkinen');
    await expect.poll(() => fresh.locator('h1').textContent()).toBe('Arbetslista');
    await fresh.locator(qa('lang-fi')).click();
    await expect.poll(() => fresh.locator('h1').textContent()).toBe('Työlista');
    await fresh.context().close();
    await page.context().close();
  });

  test('a social worker works in Swedish throughout', async () => {
    await setUserLanguage('laura.hamalainen', 'sv');
    const [client] = await clientsOf('laura.hamalainen');
    if (!client) throw new Error('laura.hamalainen has no clients');
    const name = `${client.firstNames} ${client.lastName}`;

    const page = await newPage(browser);
    await page.goto('/login');
    await page.locator(qa('lang-sv')).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logga in');
    await signIn(page, 'laura.hamalainen');
    await expectPageHeading(page, 'Arbetslista');
    expect(await page.title()).toBe('Tidsfrister – Arbetslista – Lumo');
    expect(await page.locator(qa('nav-worklist')).textContent()).toBe('Arbetslista');
    await page.locator(qa('worklist-tab-children')).click();
    expect(await page.title()).toBe('Barn – Arbetslista – Lumo');
    const ownSection = page.locator(qa('worklist-section-responsible'));
    await ownSection.locator(qa('worklist-row')).first().waitFor();
    expect(await ownSection.locator('th[scope="col"]').allInnerTexts()).toEqual([
      'Namn',
      'Födelsedatum',
      'Ålder',
      'Kommun',
      'Ansvarig socialarbetare',
      'Ärendet öppnat',
    ]);
    expect(await ownSection.locator(qa('worklist-row')).first().locator('td').nth(1).textContent()).toMatch(
      /^\d+ år$/,
    );
    await expectAccessible(page, 'worklist (sv)');
    await screenshot(page, 'worklist-sv');

    await page.locator(`${qa('worklist-row')}[data-child-id="${client.id}"] a`).click();
    await expectPageHeading(page, name);
    const facts = await visibleText(page.locator(qa('child-facts')));
    expect(facts).toContain('Grunduppgifter');
    expect(facts).toContain('Personbeteckning');
    const family = await visibleText(page.locator(qa('child-family')));
    expect(family).toContain('Familj och vårdnadshavare');
    expect(family).toContain('Vårdnadshavare');
    const caseText = await visibleText(page.locator(qa('child-case')));
    expect(caseText).toContain('Barnskyddsärende');
    expect(caseText).toContain('Ansvarig socialarbetare');
    expect(caseText).toContain('Mellersta Finlands välfärdsområde');
    expect(await page.locator(qa('child-audit-log-link')).textContent()).toBe('Användningslogg');
    await expectAccessible(page, 'child page (sv)');
    await screenshot(page, 'child-sv');

    await page.locator(qa('child-audit-log-link')).click();
    await expectPageHeading(page, /^Användningslogg/);
    await page.locator(qa('audit-log-row')).first().waitFor();
    const rows = await page.locator(qa('audit-log-row')).allInnerTexts();
    expect(rows.some((row) => row.includes('Läste barnets uppgifter') && row.includes('tillåten'))).toBe(
      true,
    );
    expect(rows[0]).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} kl\. \d{2}\.\d{2}/);
    await expectAccessible(page, 'use log (sv)');
    await screenshot(page, 'use-log-sv');

    await page.locator(qa('nav-search')).click();
    await expectPageHeading(page, 'Personsökning');
    await page.locator(qa('search-input')).fill(client.lastName);
    await page.locator(qa('search-submit')).click();
    await page.locator(`${qa('search-result')}[data-person-id="${client.id}"]`).waitFor();
    expect(await visibleText(page.locator(qa('search-results')))).toContain('Barn/vuxen');
    await expectAccessible(page, 'search (sv)');
    await screenshot(page, 'search-sv');
    await page.context().close();
  });

  test('a team lead sees the not-found page and the emergency access form in Swedish', async () => {
    await setUserLanguage('matti.karjalainen', 'sv');
    const [client] = await clientsOf('sari.heikkinen');
    if (!client) throw new Error('sari.heikkinen has no clients');
    const page = await signedInPage(browser, 'matti.karjalainen', `/children/${client.id}`);
    await expectPageHeading(page, 'Uppgifterna hittades inte eller så har du inte åtkomst till dem', {
      focused: false,
    });
    const form = await visibleText(page.locator(qa('emergency-access')));
    expect(form).toContain('Nödåtkomst');
    expect(form).toContain('Nödåtkomsten gäller i 2 timmar.');
    await page.locator(qa('emergency-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('emergency-access'))))
      .toContain('Motiveringen måste innehålla minst 10 tecken.');
    await expectAccessible(page, 'not found with the emergency access form (sv)');
    await screenshot(page, 'emergency-form-sv');
    await page.context().close();
  });
});
