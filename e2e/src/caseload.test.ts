import type { Assessment, Caseloads } from '@lumo/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiSession, apiSignIn, disposeApiSessions, signedInPage } from './support/api';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  expectPageHeading,
  launchBrowser,
  qa,
  screenshot,
  visibleText,
  ZOOMED,
} from './support/browser';
import { assessmentUnderWay, choose, d, helsinkiToday, memberOf, tick } from './support/clock';

// LSL §13b: at most 30 child clients per responsible social worker. Mikko Laine is at the limit in the
// demo; the 31st is refused until the team lead grants an exception with a reason.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

const REASON = 'Sisarukset samalle työntekijälle; yksi Mikon asiakkuuksista päättyy ensi viikolla.';

async function mikkoNow(lead: ApiSession) {
  return memberOf(await lead.get<Caseloads>('/api/caseloads'), 'mikko.laine', 'Mikko Laine');
}

/** A new client of Anna's handed to Mikko over the API (to bring him to the limit, or to use up an exception). */
async function giveMikkoAClient(anna: ApiSession, mikkoId: string): Promise<void> {
  const { assessment } = await assessmentUnderWay(anna);
  const concluded = await anna.send<Assessment>('POST', `/api/assessments/${assessment.id}/conclusion`, {
    outcome: 'client',
    reasons: 'Testin valmistelu: asiakkuus alkaa.',
  });
  expect(concluded.status).toBe(200);
  const assigned = await anna.send('PUT', `/api/children/${assessment.childId}/responsible-worker`, {
    workerId: mikkoId,
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
}

describe('the caseload limit', () => {
  test('the 31st client is refused with the numbers until the team lead grants an exception with a reason', {
    timeout: 180_000,
  }, async () => {
    const anna = await apiSignIn('anna.virtanen');
    const leena = await apiSignIn('leena.lehtonen');

    // Whatever ran before: Mikko exactly at or past the limit, with no unused exception.
    let { member, team } = await mikkoNow(leena);
    if (member.openOverride) await giveMikkoAClient(anna, member.user.id);
    ({ member, team } = await mikkoNow(leena));
    for (let count = member.clientCount; count < 30; count++) await giveMikkoAClient(anna, member.user.id);
    ({ member, team } = await mikkoNow(leena));
    const before = member.clientCount;
    expect(before).toBeGreaterThanOrEqual(30);
    expect(member.openOverride).toBeNull();

    // Anna concludes an assessment of her own: a client, to be handed to Mikko.
    const { assessment } = await assessmentUnderWay(anna);
    const page = await signedInPage(browser, 'anna.virtanen', `/assessments/${assessment.id}`);
    await page.locator(qa('conclusion-form')).waitFor();
    await tick(page, 'conclusion-client');
    await page.locator(qa('conclusion-reasons')).fill('Lapsi tarvitsee lastensuojelun tukitoimia.');
    await choose(page, 'conclusion-worker', /^Mikko Laine/);
    await page.locator(qa('conclusion-submit')).click();
    const refusal = page.locator(qa('caseload-refused-message'));
    await refusal.waitFor();
    expect(await visibleText(refusal)).toBe(
      `Mikko Laineella on jo ${before} asiakasta (enimmäismäärä 30, LSL 13 b §). Pyydä esihenkilöltä poikkeuslupa.`,
    );
    // The conclusion itself stands: the child is a client, Anna stays responsible until the handover.
    expect(await visibleText(page.locator(qa('conclusion-result')))).toContain('lastensuojelun asiakas');
    await expectAccessible(page, 'assessment with the caseload refusal (fi)');
    await screenshot(page, 'assessment-caseload-refused');

    // The team lead sees Mikko at the limit and grants an exception, with a reason.
    const lead = await signedInPage(browser, 'leena.lehtonen');
    await lead.locator(qa('nav-caseloads')).click();
    await expectPageHeading(lead, 'Asiakasmäärät');
    const kangas = lead.locator(`${qa('caseload-team')}[data-team-id="${team.id}"]`);
    const mikkoRow = kangas.locator(`${qa('caseload-member')}[data-worker-id="${member.user.id}"]`);
    expect(await mikkoRow.locator(qa('caseload-count')).textContent()).toBe(`${before}/30`);
    await kangas.locator(qa('grant-reason')).fill('Liian lyhyt');
    await kangas.locator(qa('grant-submit')).click();
    await expect.poll(() => visibleText(kangas.locator(qa('grant-errors')))).toContain('Valitse työntekijä.');
    await kangas.locator(qa('grant-worker')).click();
    await lead.getByRole('option', { name: /^Mikko Laine/ }).click();
    await kangas.locator(qa('grant-reason')).fill(REASON);
    await kangas.locator(qa('grant-submit')).click();
    await kangas.locator(qa('grant-done')).waitFor();
    const override = kangas.locator(`${qa('caseload-override')}[data-worker-id="${member.user.id}"]`).first();
    expect(await override.locator(qa('caseload-override-reason')).textContent()).toBe(REASON);
    expect(await override.locator(qa('caseload-override-status')).textContent()).toBe('käyttämättä');

    // Anna tries again: the handover goes through, using up the exception.
    await page.locator(qa('handover-retry-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('handover-retry-done'))))
      .toContain('Mikko Laine on nyt lapsen vastuusosiaalityöntekijä.');
    await page.context().close();

    // The caseload view: 31 (or one more than before), and the exception with its reason, used today.
    await lead.reload();
    await mikkoRow.waitFor();
    await expect.poll(() => mikkoRow.locator(qa('caseload-count')).textContent()).toBe(`${before + 1}/30`);
    expect(await visibleText(mikkoRow.locator(qa('caseload-status')))).toContain('yli enimmäismäärän');
    expect(await override.locator(qa('caseload-override-status')).textContent()).toBe(
      `käytetty ${d(helsinkiToday())}`,
    );
    expect(await visibleText(override)).toContain('Leena Lehtonen');
    await expectAccessible(lead, 'caseloads (fi)');
    await screenshot(lead, 'caseloads');
    await lead.context().close();

    const narrow = await signedInPage(browser, 'leena.lehtonen', '/caseloads', ZOOMED);
    await narrow.locator(qa('caseload-member')).first().waitFor();
    await expectNoHorizontalScroll(narrow, 'caseloads');
    await screenshot(narrow, 'caseloads');
    await narrow.context().close();
  });
});
