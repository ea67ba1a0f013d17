import {
  type Assessment,
  addDays,
  type Caseloads,
  dayOfWeek,
  formatHetu,
  helsinkiDateOf,
  type LocalDate,
  localDateParts,
  type Notification,
} from '@lumo/domain';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ApiSession } from './api';
import { DESKTOP, expectNoHorizontalScroll, qa, screenshot, ZOOMED } from './browser';

/** Today in Finland: the server's calendar day for every statutory date. */
export function helsinkiToday(): LocalDate {
  return helsinkiDateOf(new Date());
}

/** '2026-12-03' → '3.12.2026'. */
export function d(date: string): string {
  const { year, month, day } = localDateParts(date as LocalDate);
  return `${day}.${month}.${year}`;
}

const weekdays = {
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  sv: ['må', 'ti', 'on', 'to', 'fr', 'lö', 'sö'],
} as const;

/** '2026-12-03' → 'to 3.12.2026' (or 'to 3.12.2026' in Swedish, whose abbreviations differ on other days). */
export function weekdayDate(date: string, lang: 'fi' | 'sv' = 'fi'): string {
  return `${weekdays[lang][dayOfWeek(date as LocalDate) - 1]} ${d(date)}`;
}

const FIRST = [
  'Aino',
  'Eeli',
  'Helmi',
  'Ilona',
  'Lenni',
  'Lilja',
  'Onni',
  'Sisu',
  'Toivo',
  'Venla',
  'Vilja',
  'Oiva',
];
const SECOND = [
  'Aurora',
  'Elias',
  'Emilia',
  'Ilmari',
  'Johannes',
  'Kaarina',
  'Maria',
  'Olavi',
  'Sofia',
  'Tapio',
];
const LAST = ['Westerlund', 'Wikström', 'Wallin', 'Wahlberg', 'Wennström', 'Westerholm', 'Wickman', 'Winter'];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * A child who exists nowhere yet: a synthetic identity code with an individual number 900–999 (reserved
 * for tests) on a random birth date, and a surname beginning with W, after every surname of the demo
 * county, so that the responsible worker's other clients keep their order in her worklist.
 */
export function newChild(first?: string): {
  firstNames: string;
  lastName: string;
  hetu: string;
  birthDate: LocalDate;
} {
  const birthDate = addDays(helsinkiToday(), -(400 + Math.floor(Math.random() * 4000)));
  const individual = 900 + Math.floor(Math.random() * 100);
  return {
    firstNames: `${first ?? pick(FIRST)} ${pick(SECOND)}`,
    lastName: pick(LAST),
    hetu: formatHetu(birthDate, individual),
    birthDate,
  };
}

/** Registers a notification about a new child over the API (as the test's set-up, not its subject). */
export async function registerNewChild(
  api: ApiSession,
  extra: Record<string, unknown> = {},
): Promise<{ notification: Notification; child: ReturnType<typeof newChild> }> {
  const child = newChild();
  const response = await api.send<Notification>('POST', '/api/notifications', {
    child: { firstNames: child.firstNames, lastName: child.lastName, hetu: child.hetu },
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    channel: 'phone',
    notifierCategory: 'school',
    notifierName: 'Koulukuraattori (testi)',
    content: 'Oppilas on ollut poissa koulusta kolme viikkoa, eikä huoltajia ole tavoitettu.',
    ...extra,
  });
  if (response.status !== 201) throw new Error(`registering failed: ${JSON.stringify(response.body)}`);
  return { notification: response.body, child };
}

/** A new child's matter taken as far as an assessment under way, over the API. */
export async function assessmentUnderWay(
  api: ApiSession,
): Promise<{ notification: Notification; child: ReturnType<typeof newChild>; assessment: Assessment }> {
  const { notification, child } = await registerNewChild(api);
  const urgency = await api.send('POST', `/api/notifications/${notification.id}/urgency-assessment`, {
    urgent: false,
    immediateMeasures: '',
  });
  if (urgency.status !== 200) throw new Error(`urgency failed: ${JSON.stringify(urgency.body)}`);
  const started = await api.send<Assessment>(
    'POST',
    `/api/assessments/${notification.assessmentId}/start-decision`,
    {
      decision: 'start',
    },
  );
  if (started.status !== 200) throw new Error(`start failed: ${JSON.stringify(started.body)}`);
  return { notification, child, assessment: started.body };
}

/** Ticks a Suomi.fi radio button or checkbox (its styled label lies over the input). */
export async function tick(page: Page, name: string): Promise<void> {
  await page.locator(qa(name)).check({ force: true });
}

/** Chooses an option of a Suomi.fi dropdown by its visible text. */
export async function choose(page: Page, name: string, option: string | RegExp): Promise<void> {
  await page.locator(qa(name)).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** A worker's row in the caseloads of the team. */
export function memberOf(caseloads: Caseloads, username: string, name: string) {
  for (const team of caseloads.teams) {
    const member = team.members.find((m) => m.user.name === name);
    if (member) return { team, member };
  }
  throw new Error(`${username} (${name}) is in none of the teams`);
}

/** Waits until the text of the element matches. */
export async function expectText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator method
  await expect.poll(() => page.locator(selector).first().innerText()).toMatch(text);
}

/**
 * The page as it is now, at 640 px (1280 px at 200 % zoom): it must not scroll sideways; a picture is
 * saved. The page is not reloaded: the same view is laid out again, then back to 1280 px.
 */
export async function atZoom(page: Page, name: string): Promise<void> {
  await page.setViewportSize(ZOOMED);
  await page.waitForTimeout(150);
  await expectNoHorizontalScroll(page, name);
  await screenshot(page, name);
  await page.setViewportSize(DESKTOP);
}

/** The text of a PDF, page after page, as a person reading it would find it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}
