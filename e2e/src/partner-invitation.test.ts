import {
  addDays,
  type Consent,
  type Contribution,
  type Multiagency,
  type PartnerGrant,
  type PartnerMultiagency,
} from '@lumo/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiSession, apiSignIn, clientsOf, disposeApiSessions, signedInPage } from './support/api';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectNoHorizontalScroll,
  expectPageHeading,
  launchBrowser,
  newPage,
  qa,
  screenshot,
  visibleText,
  ZOOMED,
} from './support/browser';
import { assessmentUnderWay, d, helsinkiToday, tick } from './support/clock';

// A social worker invites a partner professional (the school curator of the demo county) into a child's
// multi-agency assessment for two sections with the invitation form of the employee screens; the partner
// signs in to her own face, sees only those, and contributes; the worker sees the contribution. Revoked,
// the invitation shows nothing at once.

/** What this journey reads of the child's consents: who can give one. */
interface ConsentGivers {
  givers: { personId: string; role: 'guardian' | 'child' }[];
}

const WORKER = 'anna.virtanen';
const PARTNER = 'minna.koivisto';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeApiSessions();
});

interface Invitation {
  childId: string;
  childName: string;
  multiagency: Multiagency;
  grant: PartnerGrant;
}

/** The set-up over the API: a new child's assessment under way, with multi-agency work started on it. */
async function multiagencyUnderWay(worker: ApiSession) {
  const { child, assessment } = await assessmentUnderWay(worker);
  const started = await worker.send<Multiagency>('POST', `/api/assessments/${assessment.id}/multiagency`);
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return {
    childId: assessment.childId,
    childName: `${child.firstNames} ${child.lastName}`,
    multiagency: started.body,
  };
}

/** The partner invited for the basic facts and the assessment on a statutory basis, over the API. */
async function invite(worker: ApiSession, partnerId: string): Promise<Invitation> {
  const { childId, childName, multiagency } = await multiagencyUnderWay(worker);
  const granted = await worker.send<PartnerGrant>('POST', `/api/children/${childId}/partner-access`, {
    userId: partnerId,
    sections: ['basic_facts', 'assessment'],
    validUntil: addDays(helsinkiToday(), 60),
    purpose: 'Monialainen palvelutarpeen arviointi: koulun havainnot',
    basis: { kind: 'statutory', provision: 'shl_41' },
  });
  expect(granted.status, JSON.stringify(granted.body)).toBe(201);
  return { childId, childName, multiagency, grant: granted.body };
}

/** The worker invites the partner on the child's partner page, with the invitation form of the employee screens. */
async function inviteInTheBrowser(worker: ApiSession): Promise<Invitation> {
  const { childId, childName, multiagency } = await multiagencyUnderWay(worker);
  const page = await signedInPage(browser, WORKER, `/children/${childId}/partners`);
  await page.locator(qa('invite-partner-form')).waitFor();
  await page.locator(qa('invite-partner-search')).fill('Koivisto');
  await page.locator(qa('invite-partner-search-submit')).click();
  await page.locator(qa('invite-partner-pick')).first().click();
  await expect.poll(() => visibleText(page.locator(qa('invite-partner-picked')))).toContain('Minna Koivisto');
  await tick(page, 'invite-section-basic_facts');
  await tick(page, 'invite-section-assessment');
  await page.locator(qa('invite-partner-until')).fill(d(addDays(helsinkiToday(), 60)));
  await page
    .locator(qa('invite-partner-purpose'))
    .fill('Monialainen palvelutarpeen arviointi: koulun havainnot');
  await page.locator(qa('invite-partner-submit')).click();
  await page.locator(qa('invite-partner-done')).waitFor();
  await page.context().close();
  const grants = await worker.get<{ grants: PartnerGrant[] }>(`/api/children/${childId}/partner-access`);
  const grant = grants.grants.find((g) => g.partner.name === 'Minna Koivisto' && g.status === 'active');
  if (!grant) throw new Error('the invitation made in the browser is not among the grants');
  return { childId, childName, multiagency, grant };
}

function pickFields(c: Contribution) {
  const { observations, concerns, strengths, proposedSupport, meetingAvailability } = c;
  return { observations, concerns, strengths, proposedSupport, meetingAvailability };
}

async function partnerSignsIn(): Promise<Page> {
  const page = await newPage(browser);
  await page.goto('/login');
  await page.locator(qa('login-username')).fill(PARTNER);
  await page.locator(qa('login-password')).fill(DEMO_PASSWORD);
  await page.locator(qa('login-submit')).click();
  await page.locator(qa('partner-cases')).waitFor();
  return page;
}

async function partnerId(worker: ApiSession): Promise<string> {
  const partner = await apiSignIn(PARTNER);
  const found = await worker.get<{ partners: { id: string }[] }>(
    `/api/partner-professionals?q=${encodeURIComponent(partner.session.user.name)}`,
  );
  const id = found.partners.find((p) => p.id === partner.session.user.id)?.id;
  if (!id) throw new Error(`${PARTNER} is not found among the partner professionals`);
  return id;
}

describe('a partner professional invited into a child’s case', () => {
  test('signs in to her own face, sees only the sections given, contributes, and the worker sees it', {
    timeout: 240_000,
  }, async () => {
    const worker = await apiSignIn(WORKER);
    const invitation = await inviteInTheBrowser(worker);
    expect(invitation.grant.basis.provision).toBe('shl_41');

    const page = await partnerSignsIn();
    await expectPageHeading(page, 'Sinulle jaetut asiakkuudet', { focused: false });
    const card = page.locator(qa('partner-case')).filter({ hasText: invitation.childName });
    await expect.poll(() => card.count()).toBe(1);
    const cardText = await visibleText(card);
    expect(cardText).toContain('Perustiedot');
    expect(cardText).toContain('Monialainen palvelutarpeen arviointi');
    expect(cardText).not.toContain('Verkostokartta');
    expect(cardText).toContain('Sosiaalihuoltolaki 41 §');
    await expectAccessible(page, 'the partner’s cases');
    await screenshot(page, 'partner-cases');

    // The employee screens are not hers: the worklist and the child's page send her back.
    await page.goto('/worklist');
    await page.locator(qa('partner-cases')).waitFor();
    await page.goto(`/children/${invitation.childId}`);
    await page.locator(qa('partner-cases')).waitFor();
    expect(await page.locator(qa('nav-worklist')).count()).toBe(0);

    await card.locator(qa('partner-case-link')).click();
    await page.locator(qa('partner-case-page')).waitFor();
    await expectPageHeading(page, invitation.childName);
    expect(await visibleText(page.locator(qa('partner-sections')))).toBe(
      'Perustiedot, Monialainen palvelutarpeen arviointi',
    );
    const notShown = await visibleText(page.locator(qa('partner-not-shown')));
    expect(notShown).toContain('Et näe lapsen perheen tietoja');
    expect(await visibleText(page.locator(qa('partner-not-given')))).toBe(
      'Sinulle ei ole avattu: Verkostokartta, Asiakassuunnitelma.',
    );
    expect(await page.locator(qa('partner-facts')).count()).toBe(1);
    expect(await page.locator(qa('partner-network-map')).count()).toBe(0);
    expect(await page.locator(qa('partner-client-plan')).count()).toBe(0);
    await page.locator(qa('partner-multiagency')).waitFor();
    await page.locator(qa('contribution-observations')).waitFor();
    await expectAccessible(page, 'the partner’s case');

    // Her structured contribution: a draft first, then sent.
    await page
      .locator(qa('contribution-observations'))
      .fill('Tulee kouluun väsyneenä, keskittyminen herpaantuu.');
    await page.locator(qa('contribution-concerns')).fill('Poissaoloja on kertynyt syksyn aikana 40 tuntia.');
    await page.locator(qa('contribution-strengths')).fill('Hyvä kaveri, innostuu liikuntatunneista.');
    await page.locator(qa('contribution-proposedSupport')).fill('Kuraattorin tapaamiset viikoittain.');
    await page.locator(qa('contribution-meetingAvailability')).fill('Tiistaisin klo 12–15.');
    await page.locator(qa('contribution-save')).click();
    await expect.poll(() => page.locator(qa('contribution-status')).textContent()).toBe('Tallennettu.');
    await page.locator(qa('contribution-draft')).waitFor();

    // Meanwhile she changes her availability in another window: this window's next save is refused,
    // and loading the latest keeps what she typed here beside what was saved there.
    const partner = await apiSignIn(PARTNER);
    const mine = await partner.get<PartnerMultiagency>(
      `/api/partner/multiagency-assessments/${invitation.multiagency.id}`,
    );
    const elsewhere = await partner.send(
      'PUT',
      `/api/partner/multiagency-assessments/${invitation.multiagency.id}/contribution`,
      {
        ...pickFields(mine.myContribution!),
        meetingAvailability: 'Torstaisin klo 8–10.',
        version: mine.myContribution!.version,
        submitted: false,
      },
    );
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(200);
    await page.locator(qa('contribution-concerns')).fill('Poissaoloja on kertynyt syksyn aikana 42 tuntia.');
    await page.locator(qa('contribution-save')).click();
    await page.locator(qa('contribution-conflict')).waitFor();
    await page.locator(qa('contribution-reload')).click();
    await page.locator(qa('contribution-reloaded')).waitFor();
    expect(await page.locator(qa('contribution-meetingAvailability')).inputValue()).toBe(
      'Torstaisin klo 8–10.',
    );
    expect(await page.locator(qa('contribution-concerns')).inputValue()).toBe(
      'Poissaoloja on kertynyt syksyn aikana 42 tuntia.',
    );
    await page.locator(qa('contribution-save')).click();
    await expect.poll(() => page.locator(qa('contribution-status')).textContent()).toBe('Tallennettu.');
    await page.locator(qa('contribution-submit')).click();
    await page.locator(qa('contribution-submitted')).waitFor();
    await screenshot(page, 'partner-case');
    await expectAccessible(page, 'the partner’s contribution sent');

    // The worker sees it, sent, in the multi-agency assessment.
    const seen = await worker.get<Multiagency>(`/api/multiagency-assessments/${invitation.multiagency.id}`);
    const contribution = seen.contributions.find(
      (c: Contribution) => c.author.id === invitation.grant.partner.id,
    );
    expect(contribution?.strengths).toBe('Hyvä kaveri, innostuu liikuntatunneista.');
    expect(contribution?.concerns).toBe('Poissaoloja on kertynyt syksyn aikana 42 tuntia.');
    expect(contribution?.meetingAvailability).toBe('Torstaisin klo 8–10.');
    expect(contribution?.submittedAt).not.toBeNull();

    // At 200 % zoom her case still reads without sideways scrolling.
    await page.setViewportSize(ZOOMED);
    await expectNoHorizontalScroll(page, 'the partner’s case');
    await screenshot(page, 'partner-case');
    await page.context().close();
  });

  test('a revoked invitation shows nothing, at once', { timeout: 180_000 }, async () => {
    const worker = await apiSignIn(WORKER);
    const invitation = await invite(worker, await partnerId(worker));
    const page = await partnerSignsIn();
    await page.goto(`/partner/cases/${invitation.childId}`);
    await page.locator(qa('partner-case-page')).waitFor();

    const revoked = await worker.send(
      'POST',
      `/api/children/${invitation.childId}/partner-access/${invitation.grant.id}/revoke`,
      { reason: 'Koulu vaihtui.' },
    );
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);

    await page.reload();
    await page.locator(qa('partner-access-ended')).waitFor();
    const text = await visibleText(page.locator('main'));
    expect(text).not.toContain(invitation.childName);
    expect(await page.locator(qa('partner-facts')).count()).toBe(0);
    await expectAccessible(page, 'an ended invitation');
    await screenshot(page, 'partner-case-ended');

    await page.goto('/partner');
    await page.locator(qa('partner-cases')).waitFor();
    await expect
      .poll(async () => (await visibleText(page.locator('main'))).includes(invitation.childName))
      .toBe(false);
    await page.context().close();
  });

  test('an invitation on the guardian’s consent shows nothing once the consent is withdrawn', {
    timeout: 180_000,
  }, async () => {
    const worker = await apiSignIn(WORKER);
    const partner = await apiSignIn(PARTNER);
    // One of the worker's clients with a guardian who can consent, not yet shared with the partner.
    const today = helsinkiToday();
    let chosen: { childId: string; guardianId: string } | null = null;
    for (const client of await clientsOf(WORKER)) {
      const consents = await worker.get<ConsentGivers>(`/api/children/${client.id}/consents`);
      const guardian = consents.givers.find((g) => g.role === 'guardian');
      const grants = await worker.get<{ grants: PartnerGrant[] }>(
        `/api/children/${client.id}/partner-access`,
      );
      if (guardian && !grants.grants.some((g) => g.partner.id === partner.session.user.id)) {
        chosen = { childId: client.id, guardianId: guardian.personId };
        break;
      }
    }
    if (!chosen) throw new Error('no client of the worker with a guardian to consent');
    const consent = await worker.send<Consent>('POST', `/api/children/${chosen.childId}/consents`, {
      givenByPersonId: chosen.guardianId,
      giverRole: 'guardian',
      givenOn: today,
      method: 'written',
      organisationId: partner.session.user.organisation.id,
      scopes: ['basic_facts'],
      purpose: 'Koulun tuki',
      validUntil: addDays(today, 90),
    });
    expect(consent.status, JSON.stringify(consent.body)).toBe(201);
    const granted = await worker.send<PartnerGrant>(
      'POST',
      `/api/children/${chosen.childId}/partner-access`,
      {
        userId: partner.session.user.id,
        sections: ['basic_facts'],
        validUntil: addDays(today, 60),
        purpose: 'Koulun tuki',
        basis: { kind: 'consent', consentId: consent.body.id },
      },
    );
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);

    const page = await partnerSignsIn();
    await page.goto(`/partner/cases/${chosen.childId}`);
    await page.locator(qa('partner-facts')).waitFor();
    expect(await visibleText(page.locator(qa('partner-basis')))).toBe('Huoltajan tai lapsen suostumus');

    const withdrawn = await worker.send('POST', `/api/consents/${consent.body.id}/withdraw`, {
      withdrawnOn: today,
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    await page.reload();
    await page.locator(qa('partner-access-ended')).waitFor();
    expect(await page.locator(qa('partner-facts')).count()).toBe(0);
    await page.context().close();
  });
});
