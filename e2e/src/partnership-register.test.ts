import type { Coverage, PartnerOrganisation } from '@lumo/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiSession, apiSignIn, disposeApiSessions, signedInPage } from './support/api';
import { expectAccessible, expectPageHeading, launchBrowser, qa, screenshot } from './support/browser';
import { expectText } from './support/clock';

// Keeping the partnership register (issue 5): a team lead changes the municipalities a service serves
// and sees the coverage follow, edits and removes a contact person, including when someone else saved
// the same contact first, and edits the organisation and the steps of a collaboration model.

let browser: Browser;
let lead: ApiSession;
let page: Page;
let organisationId: string;
let serviceId: string;
let contactId: string;
let modelId: string;
const run = Date.now().toString(36);
const serviceName = `Perheyksikkö Kumppani ${run}`;
const contactName = `Kaisa Kumppani ${run}`;

async function familyUnitsIn(code: string): Promise<number> {
  const coverage = await lead.get<Coverage>('/api/partnership/coverage?region=Keski-Suomi');
  return coverage.municipalities.find((m) => m.code === code)?.counts.family_unit ?? 0;
}

/** The suomifi checkbox's label lies over its input: the click lands on the label, as a user's does. */
async function place(code: string, checked: boolean): Promise<void> {
  await page.locator(qa(`register-service-place-${code}`)).setChecked(checked, { force: true });
}

beforeAll(async () => {
  browser = await launchBrowser();
  lead = await apiSignIn('leena.lehtonen');
  const organisation = await lead.send<{ id: string }>('POST', '/api/partnership/organisations', {
    name: { fi: `Kumppanuusyhdistys ${run}`, sv: '' },
    sector: 'ngo',
    region: 'Keski-Suomi',
  });
  if (organisation.status !== 201) throw new Error(`organisation: ${JSON.stringify(organisation.body)}`);
  organisationId = organisation.body.id;
  const service = await lead.send<{ id: string }>('POST', '/api/partnership/services', {
    organisationId,
    type: 'family_unit',
    name: { fi: serviceName, sv: '' },
    region: 'Keski-Suomi',
    municipalityCodes: ['179'],
  });
  if (service.status !== 201) throw new Error(`service: ${JSON.stringify(service.body)}`);
  serviceId = service.body.id;
  const contact = await lead.send<{ id: string }>(
    'POST',
    `/api/partnership/organisations/${organisationId}/contacts`,
    { name: contactName, title: 'Ohjaaja', phone: '040 000 0000' },
  );
  if (contact.status !== 201) throw new Error(`contact: ${JSON.stringify(contact.body)}`);
  contactId = contact.body.id;
  const model = await lead.send<{ id: string }>('POST', '/api/partnership/models', {
    name: { fi: `Perheyksikön yhteistyö ${run}`, sv: '' },
    region: 'Keski-Suomi',
    partnerOrganisationIds: [organisationId],
    steps: [
      { title: 'Yhteydenotto', owner: 'Vastuusosiaalityöntekijä', actionCard: 'Soita perheyksikköön.' },
    ],
  });
  if (model.status !== 201) throw new Error(`model: ${JSON.stringify(model.body)}`);
  modelId = model.body.id;
  page = await signedInPage(browser, 'leena.lehtonen', `/partnership/services/${serviceId}`);
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

describe('a service of the partnership register', () => {
  test('gets another municipality, and the coverage of that municipality follows', async () => {
    const before = await familyUnitsIn('500');
    await expectPageHeading(page, serviceName, { focused: false });
    await page.locator(qa('register-edit-service')).click();
    const form = page.locator(qa('register-service-form'));
    await form.waitFor();
    await place('500', true);
    await page.locator(qa('register-service-name')).fill(`${serviceName} ja Muurame`);
    await expectAccessible(page, 'the edit form of a service');
    await screenshot(page, 'partnership-service-edit');
    await form.locator(qa('register-service-form-save')).click();
    await expectText(page, qa('register-service-form-status'), 'Tallennettu.');
    await expectText(page, 'h1', `${serviceName} ja Muurame`);
    await expectText(page, qa('service-page'), /Jyväskylä, Muurame/);

    await page.goto('/partnership/coverage');
    await page.locator(qa('coverage-region')).selectOption('Keski-Suomi');
    const muurame = page.locator(`${qa('coverage-row')}[data-municipality="500"]`);
    await muurame.waitFor();
    await expect
      .poll(() =>
        muurame.getByRole('link', { name: `Perheyksikkö (LIPSY), Muurame: ${before + 1} palvelua` }).count(),
      )
      .toBe(1);
  });

  test('with no municipality left is refused beside the field', async () => {
    await page.goto(`/partnership/services/${serviceId}`);
    await page.locator(qa('register-edit-service')).click();
    await place('179', false);
    await place('500', false);
    await page.locator(qa('register-service-form-save')).click();
    await expectText(page, qa('register-service-places'), 'Valitse vähintään yksi kunta.');
    await expectText(page, qa('register-form-errors'), 'Valitse vähintään yksi kunta.');
  });
});

describe('a social worker', () => {
  test('reads the register but is offered no editing', async () => {
    const worker = await signedInPage(
      browser,
      'anna.virtanen',
      `/partnership/organisations/${organisationId}`,
    );
    await worker.locator(qa('organisation-page')).waitFor();
    expect(await worker.locator(qa('register-edit-organisation')).count()).toBe(0);
    expect(await worker.locator(qa('register-contact-edit-open')).count()).toBe(0);
    await worker.goto(`/partnership/services/${serviceId}`);
    await worker.locator(qa('service-page')).waitFor();
    expect(await worker.locator(qa('register-edit-service')).count()).toBe(0);
    await worker.context().close();
  });
});

describe('a contact person', () => {
  test('shows the server’s field error beside the field, then is saved', async () => {
    await page.goto(`/partnership/organisations/${organisationId}`);
    await expectText(page, qa('register-contacts'), contactName);
    await page.getByRole('button', { name: `Muokkaa yhteyshenkilöä ${contactName}` }).click();
    const form = page.locator(qa('register-contact-form'));
    await form.waitFor();
    await page.locator(qa('register-contact-email')).fill('ei-osoite');
    await form.locator(qa('register-contact-form-save')).click();
    await page
      .locator(`${qa('register-contact-form')} [aria-invalid="true"]`)
      .first()
      .waitFor();
    await expectText(page, qa('register-form-errors'), /.+/);
    await expectAccessible(page, 'the edit form of a contact person with an error');
    await screenshot(page, 'partnership-contact-edit-error');

    await page.locator(qa('register-contact-email')).fill('kaisa.kumppani@example.invalid');
    await page.locator(qa('register-contact-title')).fill('Perhetyön ohjaaja');
    await form.locator(qa('register-contact-form-save')).click();
    await expectText(page, qa('register-contact-form-status'), 'Tallennettu.');
    await expectText(page, qa('register-contacts'), 'Perhetyön ohjaaja');
  });

  test('saved by someone else first: the latest version is loaded and what she typed stays', async () => {
    const current = await lead.get<PartnerOrganisation>(`/api/partnership/organisations/${organisationId}`);
    const version = current.contacts.find((c) => c.id === contactId)?.version;
    const theirs = await lead.send('PATCH', `/api/partnership/contacts/${contactId}`, {
      notes: 'Tavoitettavissa ma–to.',
      version,
    });
    expect(theirs.status).toBe(200);
    await page.locator(qa('register-contact-phone')).fill('040 111 1111');
    await page.locator(qa('register-contact-form-save')).click();
    await page.locator(qa('register-contact-form-conflict')).waitFor();
    await page.locator(qa('register-contact-form-reload')).click();
    await page.locator(qa('register-contact-form-reloaded')).waitFor();
    await screenshot(page, 'partnership-contact-conflict');
    await page.locator(qa('register-contact-form-save')).click();
    await expectText(page, qa('register-contact-form-status'), 'Tallennettu.');
    await expectText(page, qa('register-contacts'), '040 111 1111');
    await expectText(page, qa('register-contacts'), 'Tavoitettavissa ma–to.');
  });

  test('is removed after a confirmation', async () => {
    await page.locator(qa('register-contact-remove')).click();
    await page.locator(qa('register-contact-remove-confirm')).waitFor();
    await expectAccessible(page, 'the confirmation of removing a contact person');
    await page.locator(qa('register-contact-remove-yes')).click();
    await page.locator(qa('register-contact-edit')).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText(contactName).count()).toBe(0);
  });
});

describe('the organisation and its collaboration model', () => {
  test('the organisation’s phone and website are changed', async () => {
    await page.goto(`/partnership/organisations/${organisationId}`);
    await page.locator(qa('register-edit-organisation')).click();
    const form = page.locator(qa('register-organisation-form'));
    await form.waitFor();
    await form.getByLabel('Puhelin').fill('014 266 0000');
    await form.getByLabel('Verkkosivu').fill('https://kumppani.example.invalid');
    await expectAccessible(page, 'the edit form of an organisation');
    await screenshot(page, 'partnership-organisation-edit');
    await page.locator(qa('register-organisation-form-save')).click();
    await expectText(page, qa('register-organisation-form-status'), 'Tallennettu.');
    await expectText(page, qa('organisation-page'), 'https://kumppani.example.invalid');
  });

  test('a model gets a second step with its owner and action card', async () => {
    await page.goto(`/partnership/models/${modelId}`);
    await page.locator(qa('register-edit-model')).click();
    await page.locator(qa('model-edit-steps-add')).click();
    const second = page.locator(qa('model-edit-steps-item')).nth(1);
    await second.locator(qa('register-step-title')).fill('Verkostopalaveri');
    await second.locator(qa('register-step-owner')).fill('Perheyksikön ohjaaja');
    await second.locator(qa('register-step-card')).fill('Kutsu perhe ja koulu kahden viikon sisällä.');
    await expectAccessible(page, 'the edit form of a collaboration model');
    await screenshot(page, 'partnership-model-edit');
    await page.locator(qa('register-model-form-save')).click();
    await expectText(page, qa('register-model-form-status'), 'Tallennettu.');
    await expectText(page, qa('model-steps'), 'Kutsu perhe ja koulu kahden viikon sisällä.');
    expect(await page.locator(`${qa('model-steps')} > li`).count()).toBe(2);
  });

  test('a new contact person is added with the same form', async () => {
    await page.goto(`/partnership/organisations/${organisationId}`);
    await page.locator(qa('register-new-contact')).click();
    await page.locator(qa('register-form-submit')).click();
    await expectText(page, qa('register-form-errors'), 'Anna nimi.');
    await page.locator(qa('register-contact-name')).fill(`Uusi Kumppani ${run}`);
    await page.locator(qa('register-contact-phone')).fill('040 222 2222');
    await page.locator(qa('register-form-submit')).click();
    await expectText(page, qa('register-contacts'), `Uusi Kumppani ${run}`);
  });
});
