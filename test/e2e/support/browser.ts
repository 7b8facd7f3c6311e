import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium; never a browser downloaded by a test tool. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p));
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH or install Debian chromium');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Absolute URL of a site path (`codes/0x80070570/`), honouring the base path. */
export function siteUrl(path = ''): string {
  return new URL(path, inject('siteUrl')).href;
}

/** Requests a page makes to anything outside the site, collected for assertions. */
export function recordExternalRequests(page: Page): string[] {
  const external: string[] = [];
  const origin = new URL(inject('siteUrl')).origin;
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
  });
  return external;
}

export interface SharedPage {
  page: Page;
  /** requests to anything outside the site, made by `page` since it opened */
  external: string[];
}

/** One browser and one page for a whole test file, recording requests outside the site; closed after the file. */
export function sharedPage(): SharedPage {
  let browser: Browser | undefined;
  const shared = { external: [] } as unknown as SharedPage;
  beforeAll(async () => {
    browser = await launch();
    shared.page = await browser.newPage();
    shared.external = recordExternalRequests(shared.page);
  });
  afterAll(() => browser?.close());
  return shared;
}
