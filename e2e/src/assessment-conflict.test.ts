import type { Assessment } from '@lumo/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiSignIn, disposeApiSessions, signedInPage } from './support/api';
import { launchBrowser, qa, visibleText } from './support/browser';
import { assessmentUnderWay } from './support/clock';

// The team writes the assessment together. When a colleague saved first, nothing the worker typed is
// lost: the latest version is loaded beside it.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

describe('editing an assessment at the same time', () => {
  test('the latest version is offered, what the worker typed stays, and what she did not touch is updated', async () => {
    const anna = await apiSignIn('anna.virtanen');
    const { assessment } = await assessmentUnderWay(anna);
    const page = await signedInPage(browser, 'anna.virtanen', `/assessments/${assessment.id}`);
    await page.locator(qa('assessment-child-views-text')).waitFor();
    await page.locator(qa('assessment-child-views-text')).fill('Toivoo, että isä tulisi kotiin aikaisemmin.');

    // Meanwhile Mikko, of the same team, records how the views were found out.
    const mikko = await apiSignIn('mikko.laine');
    const current = await mikko.get<Assessment>(`/api/assessments/${assessment.id}`);
    const saved = await mikko.send('PATCH', `/api/assessments/${assessment.id}`, {
      version: current.version,
      childViewsMethod: 'Piirtäminen ja keskustelu kotikäynnillä.',
    });
    expect(saved.status).toBe(200);

    await page.locator(qa('assessment-child-views-save')).click();
    const conflict = page.locator(qa('assessment-child-views-conflict'));
    await conflict.waitFor();
    expect(await visibleText(conflict)).toContain('Joku muu muutti tietoa samaan aikaan.');
    await page.locator(qa('assessment-child-views-reload')).click();
    await page.locator(qa('assessment-child-views-reloaded')).waitFor();
    expect(await page.locator(qa('assessment-child-views-text')).inputValue()).toBe(
      'Toivoo, että isä tulisi kotiin aikaisemmin.',
    );
    expect(await visibleText(page.locator(qa('assessment-child-views')))).toContain(
      'Tallennettu arvo: (tyhjä)',
    );
    expect(await page.locator(qa('assessment-child-views-method')).inputValue()).toBe(
      'Piirtäminen ja keskustelu kotikäynnillä.',
    );

    await page.locator(qa('assessment-child-views-save')).click();
    await expect
      .poll(() => page.locator(qa('assessment-child-views-status')).textContent())
      .toBe('Tallennettu.');
    const after = await anna.get<Assessment>(`/api/assessments/${assessment.id}`);
    expect(after).toMatchObject({
      childViews: 'Toivoo, että isä tulisi kotiin aikaisemmin.',
      childViewsMethod: 'Piirtäminen ja keskustelu kotikäynnillä.',
    });
    await page.context().close();
  });
});
