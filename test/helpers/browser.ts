// Browser-test plumbing: a temporary database filled by the real ingest, the real app on a loopback port (in-process,
// so one PID owns the socket), Debian's chromium through playwright-core, and screenshots under artifacts/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app.ts';
import { ingest } from '../../src/core/ingest.usecase.ts';
import { createExtractor } from '../../src/extraction/extract.ts';
import { openStore } from '../../src/storage/open-store.ts';
import type { Store } from '../../src/storage/store.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_DIR = join(REPO, '../shared/seed');
export const CORPUS_DIR = join(REPO, 'corpus');
export const SCREENSHOTS = join(REPO, 'artifacts/screenshots');
export const TOKEN = 'browser-test-token';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A text article whose title and body hold live-looking markup: it must render as text. */
export const XSS_ARTICLE = `Estonia expels Russian envoy <script>alert('title')</script>

2026-01-20

Estonia expelled a Russian diplomat on Monday <img src=x onerror="alert('img')"> <script>alert('xss')</script> over espionage, the foreign ministry said.

Original url:

<https://news.example/2026/01/20/xss-test>
`;

export function browserSkipReason(): string | false {
  return existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install -y chromium); CI installs it`;
}

/** npm test builds the dashboard first; a lone run of this file builds it when web/dist is missing. */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(REPO, 'web/dist/index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(REPO, 'web/vite.config.ts'), logLevel: 'warn' });
}

export interface Running {
  store: Store;
  url: string;
  dir: string;
  extractor: ReturnType<typeof createExtractor>;
  close(): Promise<void>;
}

export async function startDashboard(): Promise<Running> {
  const dir = await mkdtemp(join(tmpdir(), 'riposte-browser-'));
  await mkdir(join(dir, 'xss'));
  await writeFile(join(dir, 'xss/xss-article.txt'), XSS_ARTICLE);
  const store = await openStore(join(dir, 'dashboard.db'));
  const extractor = createExtractor();
  await ingest({ store, extractor, targets: [SEED_DIR, CORPUS_DIR, join(dir, 'xss')] });
  const app = createApp({ store, token: TOKEN, createExtractor: () => extractor });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    store, dir, extractor, url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  /** Dialogs opened, console CSP violations and uncaught page errors: all must stay empty. */
  problems: string[];
}

export async function openPage(browser: Browser): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { page, problems };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
