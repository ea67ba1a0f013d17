import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { repoRoot } from './global-setup';

export const DEMO_PASSWORD = 'lumo-demo';
export const DESKTOP = { width: 1280, height: 800 };
/** 1280 px at 200 % zoom: the WCAG reflow width we test with. */
export const ZOOMED = { width: 640, height: 800 };

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Debian's Chromium, never a downloaded one; `launch` gives it a fresh, empty profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    timezoneId: 'Europe/Helsinki',
    locale: 'fi-FI',
    ...(storageState ? { storageState } : {}),
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  return page;
}

export const qa = (name: string) => `[data-qa="${name}"]`;

/** Signs in on the sign-in page and waits for the worklist. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.locator(qa('login-username')).fill(username);
  await page.locator(qa('login-password')).fill(password);
  await page.locator(qa('login-submit')).click();
  await page.locator(qa('worklist')).waitFor();
}

/**
 * The page's h1 says this and names the page in the window title; after a move inside the app it
 * also has the focus (a page the browser loaded leaves the focus at the top, before the skip link).
 */
export async function expectPageHeading(
  page: Page,
  text: string | RegExp,
  { focused = true }: { focused?: boolean } = {},
): Promise<void> {
  const h1 = page.locator('h1');
  await expect.poll(() => h1.textContent()).toMatch(text);
  if (focused) await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await expect.poll(() => page.title()).toMatch(/ – Lumo$/);
}

/** axe-core, WCAG 2.1 A and AA: no serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`)
          .join('\n')}`,
    )
    .join('\n');
  expect(bad.length, `accessibility violations on ${label}:\n${report}`).toBe(0);
}

const screenshotDir = join(repoRoot, 'e2e/screenshots');

/** Saves a full-page PNG to e2e/screenshots/<name>-<width>.png for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
}

/** No sideways scrolling of the page itself (tables may scroll inside their own containers). */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label} scrolls sideways at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}

/**
 * The text as rendered (cells and lines separated), as a person reads it; a no-break space (kept between
 * a section number and its sign, "13 b §") reads as a space.
 */
export async function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator method, not the DOM property
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}
