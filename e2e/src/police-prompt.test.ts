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
import { choose, registerNewChild, tick } from './support/clock';

// LSL §25(3): when a notification suggests a sexual or violent offence, the police are notified too. The
// form asks, and nothing is saved until the worker has answered.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

const CONTENT =
  'Opettaja näki lapsen käsivarsissa mustelmia. Lapsi kertoi, että isä on lyönyt häntä eilen illalla.';

describe('the police question of §25(3)', () => {
  test('a notification suggesting violence cannot be saved until the worker says whether the police were notified', async () => {
    // A child of Anna's whose first notification came in a moment ago.
    const anna = await apiSignIn('anna.virtanen');
    const { notification, child } = await registerNewChild(anna);
    const name = `${child.firstNames} ${child.lastName}`;

    // The server refuses such a notification without the answer, whatever the form does.
    const refused = await anna.send<{ error: { code: string } }>('POST', '/api/notifications', {
      childId: notification.childId,
      receivedAt: new Date().toISOString(),
      notifierCategory: 'school',
      content: CONTENT,
      suspectedOffence: true,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('police_notification_required');

    // From the child's page, the form opens with the child chosen.
    const page = await signedInPage(browser, 'anna.virtanen', `/children/${notification.childId}`);
    await page.locator(qa('child-register-notification')).click();
    await expectPageHeading(page, 'Lastensuojeluilmoituksen kirjaaminen');
    expect(await visibleText(page.locator(qa('notification-chosen-child')))).toContain(name);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/notifications')
        posts.push(request.url());
    });

    await choose(page, 'notification-category', 'Koulu');
    expect(await page.locator(qa('notification-police')).count()).toBe(0);
    await page.locator(qa('notification-content')).fill(CONTENT);
    // The words are noticed, and the question appears.
    await expect
      .poll(() => visibleText(page.locator(qa('notification-offence-hint'))))
      .toContain('”mustelmia”');
    expect(await visibleText(page.locator(qa('notification-offence-hint')))).toContain('”lyönyt”');
    await page.locator(qa('notification-police')).waitFor();
    await tick(page, 'notification-suspected-offence');

    // Not answered: nothing is sent, the error summary takes the focus and leads to the question.
    await page.locator(qa('notification-submit')).click();
    const errors = page.locator(qa('notification-errors'));
    await expect.poll(() => visibleText(errors)).toContain('Vastaa, onko asiasta ilmoitettu myös poliisille');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(posts).toHaveLength(0);
    await expectAccessible(page, 'notification form with the police question unanswered (fi)');
    await screenshot(page, 'notification-police');

    // "No" needs a reason.
    await tick(page, 'notification-police-no');
    await page.locator(qa('notification-submit')).click();
    await expect.poll(() => visibleText(errors)).toContain('Kerro, miksi poliisille ei ole ilmoitettu.');
    expect(posts).toHaveLength(0);

    // "Yes" is enough.
    await tick(page, 'notification-police-yes');
    await page.locator(qa('notification-submit')).click();
    await page.locator(qa('notification-registered')).waitFor();
    expect(posts).toHaveLength(1);
    expect(await page.locator(qa('notification-offence-value')).textContent()).toBe('Kyllä');
    expect(await page.locator(qa('notification-police-value')).textContent()).toBe('Kyllä');

    // The second notification joined the matter already pending: the same assessment.
    const second = new URL(page.url()).pathname.split('/').pop() ?? '';
    const saved = await anna.get<{
      assessmentId: string;
      suspectedOffence: boolean;
      policeNotified: boolean;
    }>(`/api/notifications/${second}`);
    expect(saved).toMatchObject({
      assessmentId: notification.assessmentId,
      suspectedOffence: true,
      policeNotified: true,
    });
    await page.context().close();

    // At 640 px the question and its errors fit the screen.
    const narrow = await signedInPage(
      browser,
      'anna.virtanen',
      `/notifications/new?childId=${notification.childId}`,
      ZOOMED,
    );
    await narrow.locator(qa('notification-chosen-child')).waitFor();
    await narrow.locator(qa('notification-content')).fill(CONTENT);
    await narrow.locator(qa('notification-police')).waitFor();
    await narrow.locator(qa('notification-submit')).click();
    await narrow.locator(qa('notification-errors')).waitFor();
    await expectNoHorizontalScroll(narrow, 'notification form with errors');
    await screenshot(narrow, 'notification-police');
    await narrow.context().close();
  });
});
