import type { ChildPage, Worklist } from '@lumo/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiSignIn, disposeApiSessions, signedInPage } from './support/api';
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

// Issue 2: worklist → child page → another team's worker is refused → a team lead breaks the glass →
// the responsible worker sees it on the child page, in her worklist and in the use log.

const REASON = 'Poliisi pyytää virka-apua yöllä, lapsen turvallisuus on selvitettävä heti.';
const OTHER_REASON = 'Päivystys: lapsen sijoituspaikka on tarkistettava ennen kotikäyntiä.';

let browser: Browser;
let child: ChildPage;
let childName: string;
let other: { id: string };

beforeAll(async () => {
  browser = await launchBrowser();
  // The first of Anna Virtanen's own clients (no other test file uses this child).
  const anna = await apiSignIn('anna.virtanen');
  const worklist = await anna.get<Worklist>('/api/worklist');
  const clients = worklist.children.filter((c) => c.relationship === 'responsible');
  const first = clients[0];
  // Her sixth client is another team lead's emergency access in the review test.
  const sixth = clients[5];
  if (!first || !sixth) throw new Error('anna.virtanen has too few clients in the demo data');
  other = sixth;
  child = await anna.get<ChildPage>(`/api/children/${first.id}`);
  childName = `${child.child.firstNames} ${child.child.lastName}`;
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

function d(date: string): string {
  const [y, m, day] = date.split('-').map(Number);
  return `${day}.${m}.${y}`;
}

async function rowTexts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allInnerTexts();
}

describe('from the worklist to a child, and emergency access', () => {
  test('a social worker sees her clients on the worklist and opens a child', async () => {
    const page = await newPage(browser);
    await signIn(page, 'anna.virtanen');
    await expectPageHeading(page, 'Työlista');
    // The worklist opens on the deadlines; the children are in the next view.
    await page.locator(qa('deadlines')).waitFor();
    await page.locator(qa('worklist-tab-children')).click();
    const own = page.locator(`${qa('worklist-section-responsible')} ${qa('worklist-row')}`);
    await own.first().waitFor();
    expect(await own.count()).toBeGreaterThan(5);
    expect(await page.locator(qa('worklist-section-team')).isVisible()).toBe(true);
    expect(await page.locator(qa('worklist-section-responsible')).locator('h2').textContent()).toContain(
      'Omat asiakkaani',
    );
    // Team leads' review is not for a social worker.
    expect(await page.locator(qa('nav-emergency')).count()).toBe(0);
    await expectAccessible(page, 'worklist (fi)');
    await screenshot(page, 'worklist');

    // The filter narrows the list to the child.
    const total = await page.locator(qa('worklist-row')).count();
    await page
      .locator(qa('worklist-filter'))
      .fill(`${child.child.lastName} ${child.child.firstNames.split(' ')[0]}`);
    await expect.poll(() => page.locator(qa('worklist-row')).count()).toBeLessThan(total);
    const row = page.locator(`${qa('worklist-row')}[data-child-id="${child.child.id}"]`);
    expect(await row.isVisible()).toBe(true);
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells[1]).toBe(d(child.child.birthDate ?? ''));
    expect(cells[2]).toMatch(/^\d+ v$/);
    expect(cells[4]).toBe('Anna Virtanen');

    await row.locator('a').click();
    await page.waitForURL(new RegExp(`/children/${child.child.id}$`));
    await expectPageHeading(page, childName);
    await page.locator(qa('child-page')).waitFor();
    // The window title goes to the browser's history: it never names the child.
    expect(await page.title()).toBe('Lapsen tiedot – Lumo');
    expect(await page.locator(qa('child-hetu')).textContent()).toBe(child.child.hetu);
    expect(await page.locator(qa('child-birth-date')).textContent()).toBe(d(child.child.birthDate ?? ''));
    expect(await page.locator(qa('child-age')).textContent()).toMatch(/^\d+ vuo(si|tta)$/);

    const caseText = await visibleText(page.locator(qa('child-case')));
    expect(caseText).toContain('Vastuusosiaalityöntekijä');
    expect(caseText).toContain('Anna Virtanen');
    expect(caseText).toContain('Jyväskylä, tiimi Kangas');
    expect(caseText).toContain('Keski-Suomen hyvinvointialue');

    const family = await rowTexts(page, `${qa('child-family')} ${qa('family-member')}`);
    expect(family).toHaveLength(child.family.length);
    const guardian = child.family.find((member) => member.isGuardian);
    if (guardian) expect(family.join('\n')).toContain(`${guardian.firstNames} ${guardian.lastName}`);

    // The responsible worker's own tools: who else has access, and the use log.
    expect(await page.locator(qa('child-access-grants')).isVisible()).toBe(true);
    expect(await page.locator(qa('child-audit-log-link')).isVisible()).toBe(true);
    await expectAccessible(page, 'child page (fi)');
    await screenshot(page, 'child');
    await page.context().close();
  });

  test('a team member sees the child but not the responsible worker’s tools', async () => {
    const page = await signedInPage(browser, 'mikko.laine', `/children/${child.child.id}`);
    await expectPageHeading(page, childName, { focused: false });
    expect(await page.locator(qa('child-edit')).isVisible()).toBe(true);
    expect(await page.locator(qa('child-access-grants')).count()).toBe(0);
    expect(await page.locator(qa('child-audit-log-link')).count()).toBe(0);
    await page.context().close();
  });

  test('a worker of another team gets the neutral not-found page', async () => {
    const page = await signedInPage(browser, 'tiina.lahtinen', `/children/${child.child.id}`);
    await page.locator(qa('child-not-found')).waitFor();
    await expectPageHeading(page, 'Tietoja ei löytynyt tai sinulla ei ole niihin pääsyä', { focused: false });
    const text = await visibleText(page.locator('main'));
    expect(text).not.toContain(child.child.lastName);
    // She is no team lead: no emergency access either.
    expect(await page.locator(qa('emergency-reason')).count()).toBe(0);
    // A child that does not exist looks exactly the same.
    await page.goto('/children/01890000-0000-7000-8000-000000000000');
    await page.locator(qa('child-not-found')).waitFor();
    await expectPageHeading(page, 'Tietoja ei löytynyt tai sinulla ei ole niihin pääsyä', { focused: false });
    await page.goto(`/children/${child.child.id}/use-log`);
    await page.locator(qa('child-not-found')).waitFor();
    await page.context().close();
  });

  test('a team lead must give a proper reason, then opens the child with emergency access', async () => {
    const page = await newPage(browser);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/emergency-access'))
        posts.push(request.url());
    });
    await signIn(page, 'leena.lehtonen');
    await page.goto(`/children/${child.child.id}`);
    await page.locator(qa('child-not-found')).waitFor();
    await page.locator(qa('emergency-reason')).waitFor();
    const form = await visibleText(page.locator(qa('emergency-access')));
    expect(form).toContain('Hätäpääsy on voimassa 2 tuntia.');
    expect(form).toContain('kirjataan käyttölokiin');
    expect(form).toContain('vastuusosiaalityöntekijälle ja esihenkilölle');
    await expectAccessible(page, 'not found with the emergency access form (fi)');
    await screenshot(page, 'emergency-form');

    await page.locator(qa('emergency-reason')).fill('Kiire');
    expect(await page.locator(qa('emergency-reason-counter')).textContent()).toBe(
      '5 merkkiä – tarvitaan vielä 5',
    );
    await page.locator(qa('emergency-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('emergency-access'))))
      .toContain('Perustelussa on oltava vähintään 10 merkkiä.');
    expect(posts).toHaveLength(0);
    await expectAccessible(page, 'emergency access form with an error (fi)');
    await screenshot(page, 'emergency-form-error');

    await page.locator(qa('emergency-reason')).fill(REASON);
    await page.locator(qa('emergency-submit')).click();
    await page.locator(qa('child-page')).waitFor();
    await expectPageHeading(page, childName);
    expect(posts).toHaveLength(1);
    expect(await visibleText(page.locator(qa('child-emergency-notice')))).toMatch(
      /Hätäpääsy, voimassa (\d{1,2}\.\d{1,2}\.\d{4} )?klo \d{2}\.\d{2} asti/,
    );
    expect(await page.locator(qa('child-hetu')).textContent()).toBe(child.child.hetu);
    await screenshot(page, 'child-emergency');

    // Her worklist now has the child under emergency access.
    await page.locator(qa('nav-worklist')).click();
    await page.locator(qa('worklist-tab-children')).click();
    const emergencyRow = page.locator(
      `${qa('worklist-section-emergency')} ${qa('worklist-row')}[data-child-id="${child.child.id}"]`,
    );
    await emergencyRow.waitFor();
    expect(await visibleText(emergencyRow.locator(qa('worklist-emergency-until')))).toMatch(
      /^hätäpääsy voimassa (\d{1,2}\.\d{1,2}\.\d{4} )?klo \d{2}\.\d{2} asti$/,
    );

    await page.context().close();
  });

  test('the team lead reviews the emergency accesses others took to her teams’ children', async () => {
    // Matti Karjalainen leads other teams; he breaks the glass for a child of Leena Lehtonen's team.
    const matti = await apiSignIn('matti.karjalainen');
    const taken = await matti.send('POST', `/api/children/${other.id}/emergency-access`, {
      reason: OTHER_REASON,
    });
    expect(taken.status).toBe(201);

    const page = await signedInPage(browser, 'leena.lehtonen');
    await page.locator(qa('nav-emergency')).click();
    await expectPageHeading(page, 'Hätäpääsyt');
    const review = page.locator(`${qa('emergency-review-row')}[data-child-id="${other.id}"]`);
    await review.first().waitFor();
    const reviewText = await visibleText(review.first());
    expect(reviewText).toContain('Matti Karjalainen');
    expect(reviewText).toContain(OTHER_REASON);
    expect(reviewText).toContain('voimassa');
    // Her own emergency access is for others to review, not for her.
    expect(
      await page.locator(`${qa('emergency-review-row')}[data-child-id="${child.child.id}"]`).count(),
    ).toBe(0);
    await expectAccessible(page, 'emergency access review (fi)');
    await screenshot(page, 'emergency-review');
    await page.context().close();
  });

  test('the responsible worker sees the emergency access in her worklist and on the child page', async () => {
    const page = await signedInPage(browser, 'anna.virtanen');
    const notice = page.locator(qa('emergency-notice')).filter({ hasText: childName });
    await notice.first().waitFor();
    const noticeText = await visibleText(notice.first());
    expect(noticeText).toContain('Leena Lehtonen');
    expect(noticeText).toContain(REASON);
    expect(noticeText).toMatch(/klo \d{2}\.\d{2} asti/);
    await screenshot(page, 'worklist-notice');

    await notice.first().locator('a').click();
    await expectPageHeading(page, childName);
    const grant = page.locator(`${qa('child-access-grants')} ${qa('child-emergency-grant')}`);
    await grant.first().waitFor();
    const grantText = await visibleText(grant.first());
    expect(grantText).toContain('Leena Lehtonen');
    expect(grantText).toContain('hätäpääsy');
    expect(grantText).toContain(REASON);
    await screenshot(page, 'child-grants');
    await page.context().close();
  });

  test('the use log lists the reads, the refusal and the emergency access', async () => {
    const page = await signedInPage(browser, 'anna.virtanen', `/children/${child.child.id}`);
    await page.locator(qa('child-audit-log-link')).click();
    await page.waitForURL(/\/use-log$/);
    await expectPageHeading(page, /^Käyttöloki/);
    await page.locator(qa('audit-log-row')).first().waitFor();
    const rows = await rowTexts(page, qa('audit-log-row'));
    const has = (...parts: string[]) => rows.some((row) => parts.every((part) => row.includes(part)));
    expect(has('Leena Lehtonen', 'Otti hätäpääsyn', 'hätäpääsy')).toBe(true);
    expect(has('Leena Lehtonen', 'Luki lapsen tiedot', 'hätäpääsy')).toBe(true);
    expect(has('Anna Virtanen', 'Luki lapsen tiedot', 'vastuusosiaalityöntekijä')).toBe(true);
    expect(has('Mikko Laine', 'Luki lapsen tiedot', 'tiimin jäsen')).toBe(true);
    expect(has('Tiina Lahtinen', 'Luki lapsen tiedot', 'estetty')).toBe(true);
    for (const row of rows) expect(row).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}/);
    await expectAccessible(page, 'use log (fi)');
    await screenshot(page, 'use-log');
    await page.context().close();
  });
});
