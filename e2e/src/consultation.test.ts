import type { DisclosureLog } from '@lumo/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiSignIn, disposeApiSessions, signedInPage } from './support/api';
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
import { assessmentUnderWay, choose, tick } from './support/clock';

// A worker asks the expert pool about a child without revealing the family: the child's name in the
// question is marked while she writes and refused when she sends it; fixed, it goes to the expert, who
// answers it in her inbox without ever seeing the child; the answer is kept with the child.

const WORKER = 'anna.virtanen';
const EXPERT = 'helena.lappalainen';
const EXPERT_NAME = /Helena Lappalainen/;
const EXPERTISE = 'Lastenpsykiatria';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

describe('an anonymised consultation', () => {
  test('the child’s name is refused with a clear message, the fixed request is answered by the expert, the answer is kept with the child', {
    timeout: 240_000,
  }, async () => {
    const worker = await apiSignIn(WORKER);
    const { child, assessment } = await assessmentUnderWay(worker);
    const firstName = child.firstNames.split(' ')[0]!;

    const page = await signedInPage(browser, WORKER, `/children/${assessment.childId}`);
    await page.locator(qa('child-consultations-link')).click();
    await page.locator(qa('consultation-form')).waitFor();
    await expectPageHeading(page, /^Konsultaatiot/);
    // The pool is listed once she says what expertise she needs.
    expect(await page.locator(qa('expert-row')).count()).toBe(0);
    await expectAccessible(page, 'the child’s consultations');

    await choose(page, 'pool-expertise', EXPERTISE);
    const expertRow = page.locator(qa('expert-row')).filter({ hasText: EXPERT_NAME });
    await expertRow.locator(qa('expert-choose')).click();
    await expect.poll(() => visibleText(page.locator(qa('consultation-expert')))).toMatch(EXPERT_NAME);

    const question = page.locator(qa('consultation-question'));
    const withName = `Miten tukea ${firstName}a, 10-vuotiasta, joka ei ole käynyt koulussa kolmeen viikkoon?`;
    await question.fill(withName);
    // Live feedback while she writes: the name is marked before anything is sent.
    await expect
      .poll(() => visibleText(page.locator(qa('consultation-check'))))
      .toContain('tunnistavia tietoja');
    await expect
      .poll(() => visibleText(page.locator('form[data-qa="consultation-form"]')))
      .toContain(`Nimi: ${firstName}`);

    await page.locator(qa('consultation-submit')).click();
    const refused = page.locator(qa('consultation-refused'));
    await refused.waitFor();
    expect(await visibleText(refused)).toContain('eikä pyyntöä siksi lähetetty');
    // What she wrote stays, with the refusal next to the field.
    expect(await question.inputValue()).toBe(withName);
    await screenshot(page, 'consultation-refused');
    await expectAccessible(page, 'a refused consultation');

    const fixed = 'Miten tukea 10-vuotiasta, joka ei ole käynyt koulussa kolmeen viikkoon?';
    await question.fill(fixed);
    await expect.poll(() => visibleText(page.locator(qa('consultation-check')))).toContain('ei löytynyt');
    await page.locator(qa('consultation-background')).fill('Kotona on riitaa, vanhemmat eroamassa.');
    await page.locator(qa('consultation-submit')).click();
    await expect.poll(() => page.locator(qa('consultation-sent')).textContent()).toBe('Pyyntö on lähetetty.');
    const sent = page.locator(qa('consultation')).filter({ hasText: fixed });
    await expect.poll(() => sent.count()).toBe(1);
    expect(await visibleText(sent.locator(qa('consultation-status')))).toBe('Odottaa vastausta');
    await screenshot(page, 'consultation-sent');

    // The expert: her inbox, the request without the child, her answer.
    const expert = await signedInPage(browser, EXPERT, '/consultations');
    await expert.locator(qa('inbox-assigned')).waitFor();
    await expectPageHeading(expert, 'Konsultaatiopyynnöt', { focused: false });
    const row = expert.locator(qa('inbox-assigned')).locator(qa('inbox-row')).filter({ hasText: fixed });
    await expect.poll(() => row.count()).toBe(1);
    await expectAccessible(expert, 'the expert’s inbox');
    await screenshot(expert, 'consultation-inbox');
    await row.locator(qa('inbox-open')).click();
    await expectPageHeading(expert, 'Konsultaatiopyyntö');
    await expert.locator(qa('request-question')).waitFor();
    const request = await visibleText(expert.locator('main'));
    expect(request).toContain(fixed);
    expect(request).not.toContain(child.lastName);
    expect(request).not.toContain(firstName);
    await expectAccessible(expert, 'the request');
    const answer =
      'Pyytäkää lastenpsykiatrian konsultaatio koulun oppilashuollon kautta; koulupoissaolo on usein ahdistuksen merkki.';
    await expert.locator(qa('answer-text')).fill(answer);
    await expert.locator(qa('answer-submit')).click();
    await expect.poll(() => visibleText(expert.locator(qa('request-answer-text')))).toBe(answer);
    await screenshot(expert, 'consultation-answered');
    await expert.setViewportSize(ZOOMED);
    await expectNoHorizontalScroll(expert, 'the answered request');
    await expert.context().close();

    // The worker finds the answer with the child.
    await page.reload();
    const answered = page.locator(qa('consultation')).filter({ hasText: fixed });
    await expect.poll(() => visibleText(answered.locator(qa('consultation-status')))).toBe('Vastattu');
    expect(await visibleText(answered.locator(qa('consultation-answer')))).toContain(answer);
    await expectAccessible(page, 'the answered consultation');
    await page.setViewportSize(ZOOMED);
    await expectNoHorizontalScroll(page, 'the child’s consultations');
    await screenshot(page, 'consultation-child');
    await page.context().close();
  });

  test('a request that identifies the child goes to a named expert on a recorded basis, into the disclosure log', {
    timeout: 180_000,
  }, async () => {
    const worker = await apiSignIn(WORKER);
    const { child, assessment } = await assessmentUnderWay(worker);
    const firstName = child.firstNames.split(' ')[0]!;
    const page = await signedInPage(browser, WORKER, `/children/${assessment.childId}/consultations`);
    await page.locator(qa('consultation-form')).waitFor();
    await choose(page, 'pool-expertise', EXPERTISE);
    const question = `Voiko ${firstName} osallistua lastenpsykiatrian arvioon koulupäivän aikana?`;
    await page.locator(qa('consultation-question')).fill(question);
    await tick(page, 'consultation-identifying');
    await choose(page, 'consultation-provision', 'Lastensuojelulaki 41 §');
    // Identifying, it must go to a named expert.
    await page.locator(qa('consultation-submit')).click();
    await expect
      .poll(() => visibleText(page.locator(qa('consultation-errors'))))
      .toContain('nimetty asiantuntija');
    await page
      .locator(qa('expert-row'))
      .filter({ hasText: EXPERT_NAME })
      .locator(qa('expert-choose'))
      .click();
    await screenshot(page, 'consultation-identifying');
    await page.locator(qa('consultation-submit')).click();
    await expect.poll(() => page.locator(qa('consultation-sent')).textContent()).toBe('Pyyntö on lähetetty.');
    const sent = page.locator(qa('consultation')).filter({ hasText: question });
    await expect.poll(() => sent.count()).toBe(1);
    expect(await visibleText(sent.locator(qa('consultation-basis')))).toContain('Lastensuojelulaki 41 §');
    await expectAccessible(page, 'an identifying consultation');

    const log = await worker.get<DisclosureLog>(`/api/children/${assessment.childId}/disclosure-log`);
    const entry = log.entries.find((e) => e.data === 'consultation');
    expect(entry?.recipient.name).toMatch(EXPERT_NAME);
    expect(entry?.basis.provision).toBe('lsl_41');
    await page.context().close();
  });
});
