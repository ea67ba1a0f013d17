import { assessmentCompleteDue, assessmentStartDue, type DeadlineWorklist } from '@lumo/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiSignIn, disposeApiSessions, setUserLanguage, signedInPage } from './support/api';
import {
  expectAccessible,
  expectPageHeading,
  launchBrowser,
  qa,
  screenshot,
  visibleText,
} from './support/browser';
import { choose, helsinkiToday, newChild, tick, weekdayDate } from './support/clock';

// The statutory clock in Swedish: Ville Salonen works in Swedish, from the deadlines through a new
// notification, its urgency and the start of the assessment, to his team's caseloads and a client plan.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await setUserLanguage('ville.salonen', 'sv');
});

afterAll(async () => {
  await browser?.close();
  // Other test files expect her in Finnish, whatever order the files run in.
  await setUserLanguage('ville.salonen', 'fi');
  await disposeApiSessions();
});

describe('the statutory clock in Swedish', () => {
  test('a social worker registers a notification, assesses its urgency and starts the assessment in Swedish', {
    timeout: 180_000,
  }, async () => {
    const today = helsinkiToday();
    const child = newChild();
    const page = await signedInPage(browser, 'ville.salonen');
    await expectPageHeading(page, 'Arbetslista', { focused: false });
    expect(await page.title()).toBe('Tidsfrister – Arbetslista – Lumo');
    await page.locator(qa('deadline-row')).first().waitFor();
    expect(await visibleText(page.locator(qa('deadline-summary')))).toContain('Senare');

    await page.locator(qa('register-notification-link')).click();
    await expectPageHeading(page, 'Registrering av en barnskyddsanmälan');
    await tick(page, 'notification-child-new');
    await page.locator(qa('notification-first-names')).fill(child.firstNames);
    await page.locator(qa('notification-last-name')).fill(child.lastName);
    await page.locator(qa('notification-hetu')).fill('010203A9999');
    await choose(page, 'notification-category', 'Skolan');
    await page
      .locator(qa('notification-content'))
      .fill('Eleven har varit borta från skolan i tre veckor och verkar trött.');
    await page.locator(qa('notification-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('notification-errors'))))
      .toContain('Personbeteckningen är felaktig. Kontrollera den.');
    await expectAccessible(page, 'notification form with an error (sv)');
    await screenshot(page, 'notification-form-sv');
    await page.locator(qa('notification-hetu')).fill(child.hetu);
    await page.locator(qa('notification-submit')).click();

    await page.locator(qa('notification-registered')).waitFor();
    await expectPageHeading(page, /^Barnskyddsanmälan/);
    const deadlines = await visibleText(page.locator(qa('notification-deadlines')));
    expect(deadlines).toContain(
      `Beslut om att inleda utredningen\nsenast ${weekdayDate(assessmentStartDue(today), 'sv')}`,
    );
    expect(deadlines).toContain(
      `Bedömningen av servicebehovet klar\nsenast ${weekdayDate(assessmentCompleteDue(today), 'sv')}`,
    );
    const notificationPath = new URL(page.url()).pathname;

    // Back on the worklist, the new notification waits at the top for its urgency to be assessed.
    await page.locator(qa('nav-worklist')).click();
    const top = page.locator(qa('deadline-group-urgencyNotAssessed'));
    await top.waitFor();
    expect(await visibleText(top)).toContain('Brådskande behov inte bedömt');
    expect(await visibleText(top)).toContain(`${child.firstNames} ${child.lastName}`);
    expect(await visibleText(top.locator(qa('deadline-days-left')).first())).toBe('i dag');
    await expectAccessible(page, 'deadlines (sv)');
    await screenshot(page, 'deadlines-sv');
    await top.locator(`${qa('deadline-link')}[href="${notificationPath}"]`).click();
    await page.locator(qa('urgency-urgent')).waitFor();

    await tick(page, 'urgency-no');
    await page.locator(qa('urgency-submit')).click();
    await expect.poll(() => visibleText(page.locator(qa('urgency-result')))).toContain('Inte brådskande');
    await expectAccessible(page, 'notification (sv)');
    await screenshot(page, 'notification-sv');

    await page.locator(qa('notification-open-assessment')).click();
    await page.locator(qa('assessment-page')).waitFor();
    await expectPageHeading(page, /^Bedömning av servicebehovet/);
    await tick(page, 'start-start');
    await page.locator(qa('start-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('start-decision-result'))))
      .toContain('Bedömningen av servicebehovet inleds');
    const work = await visibleText(page.locator(qa('assessment-work')));
    expect(work).toContain('Möten med barnet (BSL 29 §)');
    expect(work).toContain('Barnets åsikter (BSL 20 §)');
    expect(await visibleText(page.locator(qa('assessment-family')))).toContain('vårdnadshavarna');
    await expectAccessible(page, 'assessment (sv)');
    await screenshot(page, 'assessment-sv');

    // The register, the caseloads of her team, and one of her clients' plans.
    await page.locator(qa('nav-notifications')).click();
    await expectPageHeading(page, 'Anmälningsregister');
    await page.locator(qa('register-row')).first().waitFor();
    expect(await page.locator('th[scope="col"]').allTextContents()).toContain('Brådskande');
    await expectAccessible(page, 'notification register (sv)');
    await screenshot(page, 'notification-register-sv');

    await page.locator(qa('nav-caseloads')).click();
    await expectPageHeading(page, 'Klientantal');
    await page.locator(qa('caseload-member')).first().waitFor();
    expect(await visibleText(page.locator(qa('caseloads-page')))).toContain('barnskyddslagen 13 b §');
    expect(await page.locator(qa('grant-form')).count()).toBe(0);
    await expectAccessible(page, 'caseloads (sv)');
    await screenshot(page, 'caseloads-sv');

    const ville = await apiSignIn('ville.salonen');
    const mine = await ville.get<DeadlineWorklist>('/api/deadlines?scope=mine');
    const review = mine.items.find((item) => item.kind === 'clientPlanReview');
    if (!review) throw new Error('ville.salonen has no client plan in the demo data');
    await page.goto(`/client-plans/${review.sourceId}`);
    await page.locator(qa('plan-review-due')).waitFor();
    expect(await visibleText(page.locator(qa('plan-review-due')))).toContain('Ska ses över senast');
    await expectAccessible(page, 'client plan (sv)');
    await screenshot(page, 'plan-sv');

    await page.locator(qa('plan-back')).click();
    await page.locator(qa('child-clock-deadline')).first().waitFor();
    expect(await visibleText(page.locator(qa('child-clock')))).toContain('Klientrelation');
    await expectAccessible(page, 'child page with its clock (sv)');
    await screenshot(page, 'child-clock-sv');
    await page.context().close();
  });
});
