import { addDays, type LocalDate, type MeetingPage, type Notification, type TeamPage } from '@lumo/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiSession, apiSignIn, disposeApiSessions, setUserLanguage, signedInPage } from './support/api';
import { expectAccessible, expectPageHeading, launchBrowser, qa, visibleText } from './support/browser';
import { atZoom, d, expectText, helsinkiToday, registerNewChild } from './support/clock';

// The systemic team's week (issue 4): the consultant keeps the team and its weekly meeting; a worker
// brings a family with her dilemma; in the meeting the team names the visible concern, writes
// hypotheses and perspectives and agrees a small experiment, with the family's own words and a summary
// for them; at the meeting after the follow-up day the experiment is on the agenda by itself.

let browser: Browser;
let anna: ApiSession;
let teamId: string;
let familyId: string;
let familyName: string;
let childFirstName: string;
let firstMeeting: { id: string; date: LocalDate };

/** Chooses the option of a native select whose text matches. */
async function selectByText(page: Page, name: string, text: RegExp): Promise<void> {
  const select = page.locator(qa(name)).first();
  const value = await select.evaluate((el, source) => {
    const pattern = new RegExp(source);
    const option = [...(el as HTMLSelectElement).options].find((o) => pattern.test(o.text));
    return option?.value ?? null;
  }, text.source);
  if (value === null) throw new Error(`no option ${text} in ${name}`);
  await select.selectOption(value);
}

/** The test's family on the meeting's agenda (other runs' families may share its surname). */
function familyOnAgenda(page: Page) {
  return page.locator(qa('agenda-item')).filter({ hasText: familyName }).filter({ hasText: childFirstName });
}

async function meetingOn(api: ApiSession, date: string): Promise<string> {
  const list = await api.get<{ meetings: { id: string }[] }>(
    `/api/teams/${teamId}/meetings?from=${date}&to=${date}`,
  );
  const meeting = list.meetings[0];
  if (!meeting) throw new Error(`no meeting on ${date}`);
  return meeting.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  anna = await apiSignIn('anna.virtanen');
  // A child of her own who is in no family yet: the team begins to work with them.
  const { notification, child } = await registerNewChild(anna);
  const created = await anna.send<{ id: string }>('POST', '/api/families', {
    childIds: [(notification as Notification).childId],
  });
  if (created.status !== 201) throw new Error(`family: ${JSON.stringify(created.body)}`);
  familyId = created.body.id;
  familyName = child.lastName;
  childFirstName = child.firstNames.split(' ')[0]!;
  const teams = await anna.get<{ teams: { id: string; name: string }[] }>('/api/teams');
  const kangas = teams.teams.find((team) => team.name.includes('Kangas'));
  if (!kangas) throw new Error('anna.virtanen is not in tiimi Kangas');
  teamId = kangas.id;
  const page = await anna.get<TeamPage>(`/api/teams/${teamId}`);
  if (!page.nextMeeting) throw new Error('tiimi Kangas has no next meeting');
  firstMeeting = { id: page.nextMeeting.id, date: page.nextMeeting.date as LocalDate };
});

afterAll(async () => {
  await browser?.close();
  await setUserLanguage('pekka.jarvinen', 'fi');
  await disposeApiSessions();
});

describe('the systemic team', () => {
  test('the consultant keeps the weekly meeting and plans a new member', async () => {
    const page = await signedInPage(browser, 'kaisa.makela', '/teams');
    await page.locator(qa('team-page')).waitFor();
    await expectPageHeading(page, /tiimi Kangas/, { focused: false });
    const members = await visibleText(page.locator(qa('members-table')));
    expect(members).toContain('Terhi Koskinen');
    expect(members).toMatch(/systeeminen perheterapeutti/i);
    expect(members).toMatch(/konsultoiva sosiaalityöntekijä/i);
    await expectAccessible(page, 'the team page');

    // The weekly meeting moves to another room.
    await page.locator(qa('series-edit')).first().click();
    await page.locator(qa('series-place')).fill('Neuvotteluhuone Kangas 2');
    await page.locator(qa('series-save')).click();
    await expectText(page, qa('team-series'), /Neuvotteluhuone Kangas 2/);

    // A worker of another team joins in three months: access to the team's children begins then.
    const joins = addDays(helsinkiToday(), 90);
    await page.locator(qa('member-add-open')).click();
    await page.locator(qa('member-add-search')).fill('Tiina');
    await page
      .getByRole('button', { name: /Tiina Lahtinen/ })
      .first()
      .click();
    await page.locator(qa('member-add-role')).selectOption('social_worker');
    await page.locator(qa('member-add-joins')).fill(d(joins));
    await page.locator(qa('member-add-submit')).click();
    await expectText(page, qa('member-status'), /Tiina Lahtinen lisättiin tiimiin/);
    const row = page.locator(qa('member-row'), { hasText: 'Tiina Lahtinen' });
    expect(await visibleText(row)).toContain('tulossa');
    expect(await visibleText(row)).toContain(d(joins));
    await expectAccessible(page, 'the team page with the new member');
    await atZoom(page, 'team');
    await page.context().close();
  });

  test('a worker brings a family with her dilemma; the team thinks together and agrees an experiment', async () => {
    const page = await signedInPage(browser, 'anna.virtanen', `/meetings/${firstMeeting.id}`);
    await page.locator(qa('meeting-screen')).waitFor();
    await page.locator(qa('agenda-add-open')).click();
    await page
      .locator(`${qa('agenda-add-family')} option[value="${familyId}"]`)
      .waitFor({ state: 'attached' });
    await page.locator(qa('agenda-add-family')).selectOption(familyId);
    await page
      .locator(qa('agenda-add-dilemma'))
      .fill('Miten saamme yhteyden isään, joka ei vastaa puhelimeen?');
    await page.locator(qa('agenda-add-submit')).click();
    const item = familyOnAgenda(page);
    await item.waitFor();
    await item.locator(qa('agenda-item-link')).click();
    await expectText(page, qa('family-record-name'), new RegExp(familyName));
    await expectText(page, qa('record-dilemma'), /yhteyden isään/);

    // The tip of the iceberg.
    await page.locator(qa('concern-edit')).click();
    await page.locator(qa('concern-input')).fill('Poissaoloja koulusta kolme viikkoa.');
    await page.locator(qa('concern-save')).click();
    await expectText(page, qa('iceberg-concern'), /Poissaoloja koulusta/);

    // Hypotheses, each from someone.
    const hypotheses = page.locator(qa('record-hypotheses'));
    await selectByText(page, 'hypothesis-add-author', /Terhi Koskinen/);
    await page.locator(qa('hypothesis-add-text')).fill('Lapsi jää kotiin pitämään huolta äidistä.');
    await page.locator(qa('hypothesis-add-submit')).click();
    await expect.poll(() => hypotheses.locator(qa('hypothesis')).count()).toBe(1);
    await selectByText(page, 'hypothesis-add-author', /Pekka Järvinen/);
    await page.locator(qa('hypothesis-add-text')).fill('Koulumatka on pelottava uuden asunnon jälkeen.');
    await page.locator(qa('hypothesis-add-submit')).click();
    await expect.poll(() => hypotheses.locator(qa('hypothesis')).count()).toBe(2);
    const first = hypotheses.locator(qa('hypothesis'), { hasText: 'pitämään huolta äidistä' });
    expect(await visibleText(first)).toContain('Terhi Koskinen');
    expect(await visibleText(first.locator(qa('hypothesis-status')))).toMatch(/Avoin/i);

    // The second is set aside, with the reason.
    const second = hypotheses.locator(qa('hypothesis'), { hasText: 'Koulumatka' });
    await second.locator(qa('hypothesis-change-status')).click();
    await page.locator(qa('hypothesis-status-set_aside')).check({ force: true });
    await page.locator(qa('hypothesis-status-reason')).fill('Lapsi kulkee samaa matkaa ystävän kanssa.');
    await page.locator(qa('hypothesis-status-save')).click();
    await expectText(
      page,
      `${qa('hypothesis')}:has-text("Koulumatka") ${qa('hypothesis-status')}`,
      /sivuun/i,
    );
    await expectText(
      page,
      `${qa('hypothesis')}:has-text("Koulumatka") ${qa('hypothesis-reason')}`,
      /ystävän/,
    );

    // Perspectives by role.
    await page.locator(qa('perspective-add-open')).click();
    await selectByText(page, 'perspective-add-author', /Terhi Koskinen/);
    await page
      .locator(qa('perspective-add-text'))
      .fill('Perheterapeuttina kysyisin, kuka perheessä huolehtii kenestä.');
    await page.locator(qa('perspective-add-submit')).click();
    const perspective = page.locator(qa('perspective')).first();
    await perspective.waitFor();
    expect(await visibleText(perspective)).toMatch(/systeeminen perheterapeutti/);

    // The small experiment: what, who, when to look at it again.
    const followUpOn = addDays(firstMeeting.date, 7);
    await page.locator(qa('experiment-add-open')).click();
    await page.locator(qa('experiment-add-action')).fill('Pekka saattaa lapsen kouluun maanantaiaamuisin');
    await page.locator(qa('experiment-add-who')).fill('Pekka Järvinen ja lapsi');
    await page.locator(qa('experiment-add-follow-up')).fill(d(followUpOn));
    await selectByText(page, 'experiment-add-hypothesis', /pitämään huolta/);
    await page.locator(qa('experiment-add-submit')).click();
    const experiment = page.locator(qa('experiment-open'), { hasText: 'maanantaiaamuisin' });
    await experiment.waitFor();
    expect(await visibleText(experiment)).toContain(d(followUpOn));
    await expectAccessible(page, 'the reflective record');
    await atZoom(page, 'meeting-record');
    await page.context().close();
  });

  test('the family takes part: their words are theirs, and a plain summary is shared with them', async () => {
    const page = await signedInPage(browser, 'anna.virtanen', `/meetings/${firstMeeting.id}`);
    const item = familyOnAgenda(page);
    await item.locator(qa('agenda-item-link')).click();
    await expectText(page, qa('family-record-name'), new RegExp(familyName));

    await page.locator(qa('attendee-person')).selectOption('__other__');
    await page.locator(qa('attendee-label')).fill('Äiti');
    await page.locator(qa('attendee-add-family')).click();
    await expectText(page, qa('record-attendees'), /Äiti/);

    await page.locator(qa('voice-add-open')).click();
    await page.locator(qa('voice-add-speaker')).selectOption('__other__');
    await page.locator(qa('voice-add-label')).fill('Äiti');
    await page.locator(qa('voice-add-text')).fill('Minä en jaksa aamuisin, ja hän tietää sen.');
    await page.locator(qa('voice-add-submit')).click();
    const voice = page.locator(qa('family-voice')).first();
    await voice.waitFor();
    const words = await visibleText(voice);
    expect(words).toContain('Minä en jaksa aamuisin');
    expect(words).toContain('Äiti');

    await page.locator(qa('summary-edit')).click();
    await page
      .locator(qa('summary-input'))
      .fill('Puhuimme aamuista. Pekka tulee maanantaisin aamulla ja kulkee kouluun lapsen kanssa.');
    await page.locator(qa('summary-save')).click();
    await expectText(page, qa('record-summary'), /Pekka tulee maanantaisin/);
    await expect.poll(() => page.locator(qa('summary-not-shared')).count()).toBe(1);
    await page.locator(qa('summary-share')).click();
    await page.locator(qa('summary-shared')).waitFor();
    await expectAccessible(page, 'the family taking part');
    await page.context().close();
  });

  test('two members save the same text at once: both versions are shown, and nothing is lost', async () => {
    const page = await signedInPage(browser, 'anna.virtanen', `/meetings/${firstMeeting.id}`);
    await familyOnAgenda(page).locator(qa('agenda-item-link')).click();
    await expectText(page, qa('family-record-name'), new RegExp(familyName));
    await page.locator(qa('concern-edit')).click();
    await page
      .locator(qa('concern-input'))
      .fill('Poissaoloja koulusta kolme viikkoa. Äiti ei vastaa koulun viesteihin.');

    // Meanwhile the consultant rewords it on her own screen.
    const kaisa = await apiSignIn('kaisa.makela');
    const meeting = await kaisa.get<MeetingPage>(`/api/meetings/${firstMeeting.id}`);
    const entry = meeting.agenda?.find((a) => a.family.id === familyId);
    if (!entry) throw new Error('the family is not on the agenda');
    const theirs = await kaisa.send('PATCH', `/api/agenda-items/${entry.id}`, {
      version: entry.discussion.version,
      visibleConcern: 'Koulupoissaolot.',
    });
    expect(theirs.status).toBe(200);

    await page.locator(qa('concern-save')).click();
    const conflict = page.locator(qa('concern-conflict'));
    await conflict.waitFor();
    const both = await visibleText(conflict);
    expect(both).toContain('Joku muutti tätä samaan aikaan');
    expect(both).toContain('Äiti ei vastaa koulun viesteihin.');
    expect(both).toContain('Koulupoissaolot.');
    await expectAccessible(page, 'someone changed this');
    await page.locator(qa('concern-keep-mine')).click();
    await expectText(page, qa('iceberg-concern'), /Äiti ei vastaa koulun viesteihin/);
    await page.context().close();
  });

  test('at the meeting after the follow-up day the experiment is back by itself, and is followed up', async () => {
    const secondId = await meetingOn(anna, addDays(firstMeeting.date, 7));
    const page = await signedInPage(browser, 'kaisa.makela', `/meetings/${secondId}`);
    await page.locator(qa('meeting-screen')).waitFor();
    const item = familyOnAgenda(page);
    await item.waitFor();
    expect(await visibleText(item)).toMatch(/seuranta/i);
    await item.locator(qa('agenda-item-link')).click();
    await page.locator(qa('record-came-back')).waitFor();
    const due = page.locator(qa('experiment-due'), { hasText: 'maanantaiaamuisin' });
    await due.locator(qa('follow-up-open')).click();
    await page.locator(qa('follow-up-happened')).fill('Lapsi oli koulussa kolmena maanantaina.');
    await page.locator(qa('follow-up-learned')).fill('Aamun yksi aikuinen riittää; äiti saa levätä.');
    await page.locator(qa('follow-up-conclude')).check({ force: true });
    await page.locator(qa('follow-up-submit')).click();
    // Concluded here: the card shows what happened and what the team learned, and asks no more.
    await expectText(
      page,
      `${qa('experiment-due')}:has-text("maanantaiaamuisin") ${qa('experiment-rounds')}`,
      /Aamun yksi aikuinen riittää/,
    );
    await expect.poll(() => due.locator(qa('follow-up-open')).count()).toBe(0);
    await expectAccessible(page, 'the meeting after the follow-up day');
    await page.context().close();
  });

  test('the family’s systemic view shows how the team’s understanding grew; the timeline adds the team’s events', async () => {
    const page = await signedInPage(browser, 'terhi.koskinen', `/families/${familyId}`);
    await page.locator(qa('systemic-journey')).waitFor();
    await expectPageHeading(page, new RegExp(familyName), { focused: false });
    const view = await visibleText(page.locator('main'));
    expect(view).toContain('Poissaoloja koulusta kolme viikkoa.');
    expect(view).toContain('Lapsi jää kotiin pitämään huolta äidistä.');
    expect(view).toContain('Lapsi kulkee samaa matkaa ystävän kanssa.');
    expect(view).toContain('Pekka saattaa lapsen kouluun maanantaiaamuisin');
    expect(view).toContain('Aamun yksi aikuinen riittää');
    await expectAccessible(page, 'the systemic view');
    await atZoom(page, 'systemic-view');

    await page.locator(qa('family-tab-timeline')).click();
    await page.locator(qa('timeline-list')).waitFor();
    // The record's own events are there without anyone entering them.
    await expectText(page, qa('timeline-list'), /ilmoitus/i);
    await page.locator(qa('timeline-add-open')).click();
    await page.locator(qa('timeline-date')).fill(d(addDays(helsinkiToday(), -200)));
    await page.locator(qa('timeline-kind')).selectOption('move');
    await page.locator(qa('timeline-title')).fill('Muutto uuteen asuntoon Kuokkalaan');
    await page.locator(qa('timeline-submit')).click();
    await expectText(page, qa('timeline-list'), /Muutto uuteen asuntoon Kuokkalaan/);
    await expectAccessible(page, 'the timeline');
    await atZoom(page, 'timeline');
    await page.context().close();
  });

  test('in Swedish, the family worker follows the same work', async () => {
    await setUserLanguage('pekka.jarvinen', 'sv');
    const page = await signedInPage(browser, 'pekka.jarvinen', `/meetings/${firstMeeting.id}`);
    await page.locator(qa('meeting-screen')).waitFor();
    await expectPageHeading(page, /^Teammöte /, { focused: false });
    await familyOnAgenda(page).locator(qa('agenda-item-link')).click();
    await expectText(page, qa('record-hypotheses'), /Hypoteser/);
    await expectText(page, qa('record-experiments'), /Experiment/);
    await expectText(page, qa('iceberg'), /Under ytan/);
    await expectAccessible(page, 'the meeting in Swedish');
    await atZoom(page, 'meeting-record-sv');

    await page.goto(`/families/${familyId}`);
    await page.locator(qa('systemic-journey')).waitFor();
    await expectText(page, 'main', /Systemisk förändring/);
    await expectAccessible(page, 'the systemic view in Swedish');
    await page.locator(qa('family-tab-genogram')).click();
    await page.locator(qa('genogram-legend')).waitFor();
    await expectText(page, qa('genogram-legend'), /Skilsmässa/);
    await expectAccessible(page, 'the genogram in Swedish');
    await page.locator(qa('family-tab-timeline')).click();
    await page.locator(qa('timeline-list')).waitFor();
    await expectText(page, qa('timeline-list'), /Flytt/);
    await expectAccessible(page, 'the timeline in Swedish');
    await atZoom(page, 'timeline-sv');
    await page.context().close();
  });
});
