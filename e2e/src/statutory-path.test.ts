import {
  assessmentCompleteDue,
  assessmentStartDue,
  clientPlanReviewDue,
  daysBetween,
  familyInformedDue,
  worklistGroups,
  worklistLaterShown,
} from '@lumo/domain';
import type { Browser } from 'playwright-core';
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
import { atZoom, choose, d, helsinkiToday, newChild, pdfText, tick, weekdayDate } from './support/clock';

// Issue 3, the whole statutory path as Anna Virtanen: a notification about a new child → the urgency
// assessment → the decision to start → the child's views and a meeting → telling the family → the
// conclusion → the first client plan, agreed → its review a year on in the worklist and the child's clock.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

describe('the statutory clock, from notification to client plan', () => {
  // One journey of some twenty screens: longer than the default time-out.
  test('a social worker registers a notification about a new child and takes it to an agreed client plan', {
    timeout: 240_000,
  }, async () => {
    const today = helsinkiToday();
    const child = newChild();
    const name = `${child.firstNames} ${child.lastName}`;

    // The worklist opens on the deadlines, the unassessed notification of the demo at the very top.
    const page = await signedInPage(browser, 'anna.virtanen');
    await expectPageHeading(page, 'Työlista', { focused: false });
    await page.locator(qa('deadline-row')).first().waitFor();
    const groups = await page
      .locator('[data-qa^="deadline-group-"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-qa')?.replace('deadline-group-', '')));
    expect(groups[0]).toBe('urgencyNotAssessed');
    expect(groups).toEqual(worklistGroups.filter((g) => groups.includes(g)));
    const overdue = page.locator(`${qa('deadline-group-overdue')} ${qa('deadline-days-left')}`).first();
    expect(await overdue.textContent()).toMatch(/^myöhässä \d+ päivä/);
    await expectAccessible(page, 'deadlines (fi)');
    await screenshot(page, 'deadlines');
    await atZoom(page, 'deadlines');

    // Register the notification.
    await page.locator(qa('register-notification-link')).click();
    await expectPageHeading(page, 'Lastensuojeluilmoituksen kirjaaminen');
    await tick(page, 'notification-child-new');
    await page.locator(qa('notification-first-names')).fill(child.firstNames);
    await page.locator(qa('notification-last-name')).fill(child.lastName);
    // A mistyped identity code is caught before anything is sent.
    await page
      .locator(qa('notification-hetu'))
      .fill(`${child.hetu.slice(0, 10)}${child.hetu.endsWith('A') ? 'B' : 'A'}`);
    await choose(page, 'notification-category', 'Koulu');
    await page.locator(qa('notification-notifier-name')).fill('Koulukuraattori Maija Kallio');
    await page.locator(qa('notification-notifier-contact')).fill('040 123 4567');
    await page
      .locator(qa('notification-content'))
      .fill(
        'Oppilas on ollut poissa koulusta kolme viikkoa. Huoltajia ei ole tavoitettu, ja oppilas on kertonut olevansa paljon yksin kotona.',
      );
    await page.locator(qa('notification-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('notification-errors'))))
      .toContain('Henkilötunnus on virheellinen');
    await expectAccessible(page, 'notification form with an error (fi)');
    await screenshot(page, 'notification-form');
    await atZoom(page, 'notification-form');
    await page.locator(qa('notification-hetu')).fill(child.hetu);
    await page.locator(qa('notification-submit')).click();

    // The notification with its deadlines, counted from today in Finland.
    await page.locator(qa('notification-registered')).waitFor();
    await expectPageHeading(page, /^Lastensuojeluilmoitus/);
    const registered = page.locator(qa('notification-deadlines'));
    const startDue = assessmentStartDue(today);
    const completeDue = assessmentCompleteDue(today);
    expect(await registered.locator(qa('deadline-start')).getAttribute('data-date')).toBe(startDue);
    expect(await registered.locator(qa('deadline-complete')).getAttribute('data-date')).toBe(completeDue);
    expect(await registered.locator(qa('deadline-family')).getAttribute('data-date')).toBe(
      familyInformedDue(today),
    );
    const registeredText = await visibleText(registered);
    expect(registeredText).toContain(
      `Päätös selvityksen aloittamisesta\nviimeistään ${weekdayDate(startDue)}`,
    );
    expect(registeredText).toContain(`Palvelutarpeen arvio valmis\nviimeistään ${weekdayDate(completeDue)}`);
    expect(await page.locator(qa('notification-child-name')).textContent()).toBe(name);

    // The urgency, immediately.
    await page.locator(qa('urgency-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('urgency-errors'))))
      .toContain('Valitse, onko tilanne kiireellinen.');
    await expectAccessible(page, 'notification with the urgency form (fi)');
    await screenshot(page, 'notification');
    await atZoom(page, 'notification');
    await tick(page, 'urgency-no');
    await page
      .locator(qa('urgency-measures'))
      .fill('Soitettu huoltajalle, tapaaminen sovittu ensi viikolle.');
    await page.locator(qa('urgency-submit')).click();
    await expect.poll(() => visibleText(page.locator(qa('urgency-result')))).toContain('Ei kiireellinen');

    // The assessment: start it.
    await page.locator(qa('notification-open-assessment')).click();
    await page.locator(qa('assessment-page')).waitFor();
    await expectPageHeading(page, /^Palvelutarpeen arviointi/);
    const startRow = page.locator(`${qa('assessment-deadline')}[data-kind="startDecision"]`);
    expect(await startRow.locator(qa('assessment-deadline-due')).getAttribute('data-date')).toBe(startDue);
    await tick(page, 'start-start');
    await page.locator(qa('start-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('start-decision-result'))))
      .toContain('Palvelutarpeen arviointi aloitetaan');
    await expect
      .poll(() => visibleText(startRow.locator(qa('assessment-deadline-status'))))
      .toBe(`tehty ${d(today)}`);

    // The child's views (§20) and a meeting with the child (§29).
    await page
      .locator(qa('assessment-child-views-text'))
      .fill('Haluaa asua kotona ja käydä koulua, toivoo aikuista kotiin iltaisin.');
    await page.locator(qa('assessment-child-views-method')).fill('Keskustelu kahden kesken koulun jälkeen.');
    await page.locator(qa('assessment-child-views-save')).click();
    await expect
      .poll(() => page.locator(qa('assessment-child-views-status')).textContent())
      .toBe('Tallennettu.');
    await tick(page, 'meeting-met-yes');
    await page.locator(qa('meeting-place')).fill('Koulu');
    await tick(page, 'meeting-alone-yes');
    await page.locator(qa('meeting-submit')).click();
    await page.locator(qa('meeting-row')).waitFor();
    expect(await visibleText(page.locator(qa('meeting-row')))).toContain(d(today));
    await expectAccessible(page, 'assessment under way (fi)');
    await screenshot(page, 'assessment');
    await atZoom(page, 'assessment');

    // Telling the family: the child (a new child has no guardians in the register yet).
    await choose(page, 'inform-method', 'henkilökohtaisesti');
    await page.locator(qa('inform-submit')).click();
    await page.locator(qa('family-informed-met')).waitFor();
    expect(await visibleText(page.locator(qa('family-notification')))).toBe(
      `${d(today)}, henkilökohtaisesti`,
    );

    // Conclude: a client, Anna stays responsible.
    await tick(page, 'conclusion-client');
    await page
      .locator(qa('conclusion-reasons'))
      .fill('Lapsi tarvitsee lastensuojelun tukitoimia koulunkäyntiin ja arkeen.');
    expect(await page.locator(qa('conclusion-worker')).textContent()).toContain('Anna Virtanen');
    await page.locator(qa('conclusion-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('conclusion-result'))))
      .toContain('lastensuojelun asiakas');

    // The child's page: the clock says client, and the first plan is missing.
    await page.locator(qa('assessment-to-child')).click();
    await page.locator(qa('child-clock')).waitFor();
    await expect.poll(() => page.locator(qa('child-clock-phase')).getAttribute('data-phase')).toBe('client');
    await page.locator(`${qa('child-clock-deadline')}[data-kind="firstClientPlan"]`).waitFor();
    const childPath = new URL(page.url()).pathname;

    // The first client plan, drafted and agreed.
    await page.locator(qa('child-clock-start-plan')).click();
    await page.locator(qa('plan-form')).waitFor();
    await expectPageHeading(page, /^Asiakassuunnitelma/);
    await page
      .locator(qa('plan-circumstancesToChange'))
      .fill('Koulunkäynnin katkeaminen ja lapsen yksinolo iltaisin.');
    await page.locator(qa('plan-supportNeeded')).fill('Perhetyö kotiin ja koulun tuki.');
    await page.locator(qa('plan-service-add')).click();
    await page.locator(qa('plan-service-name')).fill('Perhetyö');
    await page.locator(qa('plan-service-provider')).fill('Keski-Suomen hyvinvointialue');
    await page.locator(qa('plan-service-timing')).fill('kerran viikossa');
    await page.locator(qa('plan-goal-add')).click();
    await page.locator(qa('plan-goal-text')).fill('Lapsi käy koulua säännöllisesti.');
    await page.locator(qa('plan-goal-time')).fill('3 kuukautta');
    await page.locator(qa('plan-childViews')).fill('Haluaa, että joku on kotona iltaisin.');
    await page.locator(qa('plan-guardianViews')).fill('Äiti on samaa mieltä suunnitelmasta.');
    await expectAccessible(page, 'client plan draft (fi)');
    await screenshot(page, 'plan-draft');
    await atZoom(page, 'plan-draft');
    await page.locator(qa('plan-form-save')).click();
    await expect.poll(() => page.locator(qa('plan-form-status')).textContent()).toBe('Tallennettu.');
    await page.locator(qa('plan-agree-submit')).click();
    const reviewDue = clientPlanReviewDue(today);
    await page.locator(qa('plan-review-due')).waitFor();
    expect(await page.locator(qa('plan-review-due')).getAttribute('data-date')).toBe(reviewDue);
    expect(await visibleText(page.locator(qa('plan-review-due')))).toContain(
      `Tarkistettava viimeistään ${weekdayDate(reviewDue)}`,
    );
    expect(await visibleText(page.locator(qa('plan-review-days-left')))).toBe(
      `${daysBetween(today, reviewDue)} päivää`,
    );
    expect(await visibleText(page.locator(qa('plan-services')))).toContain(
      'Perhetyö – Keski-Suomen hyvinvointialue – kerran viikossa',
    );

    // The plan as PDF, as given to the family.
    await page.locator(qa('document-create')).click();
    const link = page.locator(qa('document-link')).first();
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`asiakassuunnitelma-1-${today}-fi.pdf`);
    const href = await link.getAttribute('href');
    const pdf = await page.request.get(href ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // What the family is given: the county, the child, the worker and the dates.
    const text = await pdfText(new Uint8Array(bytes));
    for (const expected of [
      'Lastensuojelun asiakassuunnitelma',
      'Keski-Suomen hyvinvointialue',
      name,
      'Anna Virtanen',
      d(today),
      d(reviewDue),
      'Perhetyö',
    ])
      expect(text).toContain(expected);
    await expectAccessible(page, 'agreed client plan (fi)');
    await screenshot(page, 'plan');
    await atZoom(page, 'plan');

    // The worklist shows the review a year on; so does the child's clock.
    await page.locator(qa('nav-worklist')).click();
    await page.locator(qa('deadline-row')).first().waitFor();
    // The first view has the later group's first few; the rest come when asked for.
    const later = page.locator(qa('deadline-group-later'));
    const laterRows = later.locator(qa('deadline-row'));
    const showAll = later.locator(qa('deadline-show-all'));
    if (await showAll.count()) {
      expect(await laterRows.count()).toBe(worklistLaterShown);
      const total = Number(await visibleText(page.locator(`${qa('deadline-summary-later')} .count`)));
      expect(total).toBeGreaterThan(worklistLaterShown);
      await showAll.click();
      await laterRows.nth(total - 1).waitFor();
      expect(await laterRows.count()).toBe(total);
    }
    const reviewRow = page
      .locator(`${qa('deadline-row')}[data-kind="clientPlanReview"]`)
      .filter({ hasText: name });
    await reviewRow.waitFor();
    expect(await reviewRow.locator(qa('deadline-due')).getAttribute('data-date')).toBe(reviewDue);
    expect(await reviewRow.getAttribute('data-group')).toBe('later');

    await reviewRow.locator(qa('deadline-child-link')).click();
    await page.locator(qa('child-clock-deadline')).first().waitFor();
    const clockReview = page.locator(`${qa('child-clock-deadline')}[data-kind="clientPlanReview"]`);
    expect(await clockReview.locator(qa('child-clock-due')).getAttribute('data-date')).toBe(reviewDue);
    expect(await visibleText(page.locator(qa('child-clock-done')))).toContain(
      `Asiakassuunnitelma (versio 1) sovittu ${d(today)}`,
    );
    await expectAccessible(page, 'child page with its clock (fi)');
    await screenshot(page, 'child-clock');
    await atZoom(page, 'child-clock');

    // The notification register of the child.
    await page.locator(qa('child-clock-register')).click();
    await page.locator(qa('register-row')).first().waitFor();
    expect(await page.locator(qa('register-row')).count()).toBe(1);
    await expectAccessible(page, 'notification register (fi)');
    await screenshot(page, 'notification-register');
    await atZoom(page, 'notification-register');

    // What the API now says agrees with what was shown.
    const anna = await apiSignIn('anna.virtanen');
    const clock = await anna.get<{ case: { phase: string } }>(
      `/api/children/${childPath.split('/').pop()}/clock`,
    );
    expect(clock.case.phase).toBe('client');
  });
});
