import type { Notification } from '@lumo/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiSession, apiSignIn, disposeApiSessions, signedInPage } from './support/api';
import {
  expectAccessible,
  expectPageHeading,
  launchBrowser,
  qa,
  screenshot,
  visibleText,
} from './support/browser';
import { assessmentUnderWay, atZoom, expectText, registerNewChild } from './support/clock';

// The child's network map (issue 5): a social worker draws the people and services around a child
// with the mouse and with the keyboard alone, saves it, reads it as a table, saves a second version
// and compares the two; she finds a service in the partnership register and looks at the coverage of
// the municipalities.

let browser: Browser;
let anna: ApiSession;
let page: Page;
let childId: string;
// A register entry of this run only, so that the search finds exactly it.
const serviceName = `Verkostokoulun kuraattori ${Date.now().toString(36)}`;

const node = (name: string) => `${qa('network-node')}[data-name="${name}"]`;

async function liveText(p: Page): Promise<string> {
  return visibleText(p.locator(qa('network-live'))).catch(() => '');
}

beforeAll(async () => {
  browser = await launchBrowser();
  anna = await apiSignIn('anna.virtanen');
  const { notification } = await registerNewChild(anna);
  childId = (notification as Notification).childId;
  // The register is kept by team leads and development coordinators.
  const lead = await apiSignIn('leena.lehtonen');
  const organisation = await lead.send<{ id: string }>('POST', '/api/partnership/organisations', {
    name: { fi: 'Verkostokoulu (testi)', sv: 'Nätverksskolan (test)' },
    sector: 'municipality',
    region: 'Keski-Suomi',
    municipalityCode: '179',
  });
  if (organisation.status !== 201) throw new Error(`organisation: ${JSON.stringify(organisation.body)}`);
  const service = await lead.send('POST', '/api/partnership/services', {
    organisationId: organisation.body.id,
    type: 'school_health_care',
    name: { fi: serviceName, sv: serviceName },
    region: 'Keski-Suomi',
    municipalityCodes: ['179', '500'],
    phone: '014 000 0000',
  });
  if (service.status !== 201) throw new Error(`service: ${JSON.stringify(service.body)}`);
  page = await signedInPage(browser, 'anna.virtanen', `/children/${childId}`);
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

describe('the network map', () => {
  test('opens from the child’s page with only the child on it', async () => {
    await page.locator(qa('child-network-map-link')).click();
    await expectPageHeading(page, /^Verkostokartta: /);
    await expect.poll(() => page.locator(qa('network-node')).count()).toBe(1);
    await expectText(page, qa('network-version'), /ei ole vielä tallennettu/);
    await expectAccessible(page, 'the empty network map');
  });

  test('is drawn with the mouse: a person, a service from the register and a tie between them', async () => {
    await page.locator(qa('network-add-person')).click();
    await page.locator(qa('network-node-name')).fill('Mummo Aili');
    await page.locator(qa('network-node-role')).fill('äidin äiti');
    await page.locator(qa('network-node-sector')).selectOption('relatives');
    await page.locator(qa('network-node-tie-strength')).selectOption('strong');
    await page.locator(qa('network-node-tie-support')).selectOption('to_from');
    await page.locator(qa('network-node-submit')).click();
    await page.locator(node('Mummo Aili')).waitFor();

    await page.locator(qa('network-add-service')).click();
    await page.locator(qa('network-service-search')).fill(serviceName.split(' ').slice(0, 2).join(' '));
    await page.locator(qa('network-service-search-submit')).click();
    await page.locator(qa('network-service-pick')).first().click();
    await expectText(page, qa('network-node-linked'), serviceName);
    await expectAccessible(page, 'the form of a new service on the network map');
    await page.locator(qa('network-node-submit')).click();
    await page.locator(node(serviceName)).waitFor();

    // A tie between the grandmother and the school: click one, "draw a tie", click the other.
    await page.locator(node('Mummo Aili')).click();
    await expectText(page, qa('network-selected'), 'Mummo Aili');
    await page.locator(qa('network-connect')).click();
    await page.locator(qa('network-connect-mode')).waitFor();
    await page.locator(node(serviceName)).click();
    await page.locator(qa('network-tie-form')).waitFor();
    await page.locator(qa('network-tie-stress')).selectOption('high');
    await page.locator(qa('network-tie-strength')).selectOption('weak');
    await page.locator(qa('network-tie-submit')).click();
    await expect.poll(() => page.locator(qa('network-tie')).count()).toBe(3);
    await expectText(page, qa('network-dirty'), /tallentamattomia/);
  });

  test('is drawn with the keyboard alone: add, select with the arrows, edit, tie', async () => {
    await page.locator(qa('network-add-person')).focus();
    await page.keyboard.press('Enter');
    // The name field has the focus; Enter in it adds the person, tied to the child.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-qa')))
      .toBe('network-node-name');
    await page.keyboard.type('Onni');
    await page.keyboard.press('Enter');
    await page.locator(node('Onni')).waitFor();
    await expect.poll(() => liveText(page)).toBe('Lisätty: Onni');

    // Into the drawing: the arrows move between the people, Enter opens the selected one.
    // Home selects the child; Onni, the only one of the family, is right above her.
    await page.locator(qa('network-drawing')).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => liveText(page)).toMatch(/^Valittu: /);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => liveText(page)).toBe('Valittu: Onni');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-qa')))
      .toBe('network-node-name');
    await page.keyboard.press('Tab');
    await page.keyboard.type('paras kaveri');
    await page.keyboard.press('Enter');
    await expect.poll(() => liveText(page)).toBe('Päivitetty: Onni');

    // A tie from Onni to the grandmother, chosen in the drawing with the arrows.
    await page.locator(qa('network-connect')).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-qa')))
      .toBe('network-drawing');
    // The relatives come next clockwise, to the right of the family.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => liveText(page)).toBe('Valittu: Mummo Aili');
    await page.keyboard.press('Enter');
    await page.locator(qa('network-tie-form')).waitFor();
    await page.locator(qa('network-tie-support')).selectOption('both');
    await page.locator(qa('network-tie-submit')).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(qa('network-tie')).count()).toBe(5);
    await expectAccessible(page, 'the network map being drawn');
  });

  test('is saved as version 1 and reads as a table', async () => {
    await page.locator(qa('network-save-note')).fill('Ensimmäinen kartta perheen kanssa');
    await page.locator(qa('network-save')).click();
    await expectText(page, qa('network-version'), /^Versio 1, tallennettu/);
    await expectText(page, qa('network-dirty'), /Kaikki muutokset on tallennettu/);
    await page.locator(qa('network-table-toggle')).click();
    const table = page.locator(qa('network-table'));
    await table.waitFor();
    const text = await visibleText(table);
    expect(text).toContain('Mummo Aili');
    expect(text).toContain(serviceName);
    expect(text).toMatch(/Mummo Aili – .*Heikko\s+Kuormittaa paljon/s);
    expect(text).toContain('paras kaveri');
    await expectAccessible(page, 'the network map with its table');
    await screenshot(page, 'network-map');
  });

  test('gets a second version, and the two are compared side by side', async () => {
    await page.locator(qa('network-add-person')).click();
    await page.locator(qa('network-node-name')).fill('Perhetyöntekijä Liisa');
    await page.locator(qa('network-node-sector')).selectOption('social_services');
    await page.locator(qa('network-node-submit')).click();
    await page.locator(node('Perhetyöntekijä Liisa')).waitFor();
    // The grandmother's tie to the child grows weaker.
    await page.locator(node('Mummo Aili')).click();
    await page.locator(qa('network-edit-tie')).first().click();
    await page.locator(qa('network-tie-strength')).selectOption('moderate');
    await page.locator(qa('network-tie-submit')).click();
    await page.locator(qa('network-save-note')).fill('Verkostopalaverin jälkeen');
    await page.locator(qa('network-save')).click();
    await expectText(page, qa('network-version'), /^Versio 2, tallennettu/);

    await expect.poll(() => page.locator(`${qa('network-version-list')} tbody tr`).count()).toBe(2);
    await page.locator(qa('network-compare-before')).selectOption('1');
    await page.locator(qa('network-compare-after')).selectOption('2');
    await page.locator(qa('network-compare')).click();
    await page.locator(qa('network-comparison')).waitFor();
    await page.locator(qa('network-compare-v1')).waitFor();
    await page.locator(qa('network-compare-v2')).waitFor();
    const changes = await visibleText(page.locator(qa('network-changes')));
    expect(changes).toContain('Perhetyöntekijä Liisa tuli kartalle.');
    expect(changes).toMatch(/Mummo Aili.*vahvuus: (Vahva → Kohtalainen|Heikko → Kohtalainen)/);
    await expectAccessible(page, 'two versions of the network map compared');
    await screenshot(page, 'network-map-compared');
    await atZoom(page, 'network-map-compared');
  });
});

describe('the partnership register', () => {
  test('finds the service by its name and opens its page', async () => {
    await page.locator(qa('nav-partnership')).click();
    await expectPageHeading(page, 'Kumppanuuskartta');
    await page.locator(qa('register-text')).fill(serviceName);
    await page.locator(qa('register-type')).selectOption('school_health_care');
    await page.locator(qa('register-submit')).click();
    await expect.poll(() => page.locator(qa('register-result')).count()).toBe(1);
    await expectAccessible(page, 'the partnership register search');
    await atZoom(page, 'partnership-search');
    await page.getByRole('link', { name: serviceName }).click();
    await expectPageHeading(page, serviceName);
    await expectText(page, qa('service-page'), /Jyväskylä, Muurame/);
    await expectAccessible(page, 'a service of the partnership register');
  });

  test('shows the coverage of the municipalities with the gaps', async () => {
    await page.goto('/partnership');
    await page.locator(qa('register-nav-coverage')).click();
    await expectPageHeading(page, 'Palvelujen kattavuus kunnittain');
    await page.locator(qa('coverage-region')).selectOption('Keski-Suomi');
    const muurame = page.locator(`${qa('coverage-row')}[data-municipality="500"]`);
    await muurame.waitFor();
    expect(await muurame.locator('td.has').count()).toBeGreaterThan(0);
    expect(await page.locator(qa('coverage-gap')).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the coverage of services by municipality');
    await screenshot(page, 'partnership-coverage');
  });
});

describe('partners and consents', () => {
  test('the child’s partners, consents and disclosure log open from her page', async () => {
    await page.goto(`/children/${childId}`);
    await page.locator(qa('child-partners-link')).click();
    await expectPageHeading(page, /^Kumppanit ja suostumukset: /);
    await page.locator(qa('invite-partner-form')).waitFor();
    await page.locator(qa('disclosure-log')).waitFor();
    await page.locator(qa('consent-new')).click();
    await page.locator(qa('consent-form')).waitFor();
    await expectAccessible(page, 'the partners and consents of a child');
    await atZoom(page, 'partner-access');
    // Nothing chosen: the errors are listed above the form, each a link to its field.
    await page.locator(qa('consent-submit')).click();
    await page.locator(qa('consent-errors')).waitFor();
    await screenshot(page, 'partner-access');
  });
});

describe('the multi-agency service-need assessment', () => {
  test('is started on the assessment under way; a meeting is recorded and the summary shared', async () => {
    const { notification } = await assessmentUnderWay(anna);
    await page.goto(`/children/${(notification as Notification).childId}`);
    await page.locator(qa('child-multiagency-link')).click();
    await expectPageHeading(page, /^Monialainen palvelutarpeen arviointi: /);
    await page.locator(qa('child-multiagency-start')).click();
    await page.locator(qa('multiagency-page')).waitFor();
    await page.locator(qa('multiagency-next-phase')).click();
    await expectText(page, 'li[aria-current="step"]', /Kutsut/);

    await page.locator(qa('multiagency-meeting-new')).click();
    await page.locator(qa('meeting-attendees-add')).click();
    await page.locator('#meeting-attendees-0-first').fill('Minna Kuraattori');
    await page
      .locator(qa('multiagency-meeting-record'))
      .fill('Lapsi kertoi, että koulumatka jännittää. Sovittiin tukioppilas.');
    await page.locator(qa('meeting-steps-add')).click();
    await page.locator('#meeting-steps-0-first').fill('Tukioppilas koulumatkalle');
    await page.locator(qa('multiagency-meeting-submit')).click();
    await expectText(page, qa('multiagency-meeting'), /Minna Kuraattori.*Tukioppilas koulumatkalle/s);

    await page.locator(qa('multiagency-summary-edit')).click();
    await page
      .locator(qa('multiagency-summary-input'))
      .fill('Lapsi tarvitsee tukea koulumatkoihin; koulu ja perhe sitoutuvat.');
    await page.locator(qa('multiagency-summary-save')).click();
    await expectText(page, qa('multiagency-summary-text'), /koulumatkoihin/);
    await page.locator(qa('multiagency-summary-share')).click();
    await expectText(page, qa('multiagency-summary-shared'), /^Jaettu kumppaneille/);
    await expectAccessible(page, 'the multi-agency assessment');
    await atZoom(page, 'multiagency-assessment');
    await screenshot(page, 'multiagency-assessment');
  });
});
