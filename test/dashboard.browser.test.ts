// The dashboard in a real browser (playwright-core + Debian chromium) over the seed and corpus: overview → GBR-RUS →
// the UK's 2 Feb 2026 expulsion with its highlighted sentence and its link to Russia's January act; a correction
// that survives re-ingest and re-extraction; an article with <script> and onerror= that renders as text.
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { ingest } from '../src/core/ingest.usecase.ts';
import {
  browserSkipReason, CORPUS_DIR, ensureWebBuilt, launchChromium, openPage, screenshot, SCREENSHOTS, SEED_DIR, startDashboard, TOKEN, type Running, type Watched,
} from './helpers/browser.ts';

const SEED_URL = 'https://www.themoscowtimes.com/2026/02/02/uk-expels-russian-diplomat-in-tit-for-tat-move-a91842';
const SEED_SENTENCE = 'The British government on Monday [revoked](#) the accreditation of a Russian diplomat'.replace('[revoked](#)', 'revoked');
const skip = browserSkipReason();

describe('dashboard in chromium', { skip }, () => {
  let running: Running;
  let browser: Browser;
  let w: Watched;
  let ukEvent = '';

  async function expectCorrection(): Promise<void> {
    const { page } = w;
    await page.goto(`${running.url}/#/claims`);
    await page.goto(`${running.url}/#/event/${ukEvent}`);
    await page.locator('.corrected-value').waitFor();
    assert.equal(await page.locator('.corrected-value').innerText(), '2');
    assert.match(await page.locator('.note').innerText(), /two diplomats/);
  }

  before(async () => {
    await ensureWebBuilt();
    running = await startDashboard();
    browser = await launchChromium();
    w = await openPage(browser);
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  it('overview shows the network, recent acts, escalations and search; links to GBR-RUS', async () => {
    const { page } = w;
    await page.goto(`${running.url}/`);
    await page.locator('#network svg').waitFor();
    await page.getByRole('heading', { name: 'Recent acts' }).waitFor();
    assert.ok(await page.locator('#network svg path').count() > 5, 'edges drawn');
    await screenshot(page, '1-overview');
    await page.locator('a[href="#/pair/GBR-RUS"], a[href="#/pair/RUS-GBR"]').first().click();
    await page.locator('#pair-chart svg').waitFor();
  });

  it('pair view: two lanes, the ledger beside, the UK 2 Feb 2026 expulsion listed', async () => {
    const { page } = w;
    if (!page.url().endsWith('#/pair/GBR-RUS')) await page.goto(`${running.url}/#/pair/GBR-RUS`);
    await page.locator('#pair-chart svg').waitFor();
    await page.getByRole('heading', { name: 'Ledger' }).waitFor();
    await screenshot(page, '2-pair-GBR-RUS');
    await page.locator('.grid-pair').screenshot({ path: join(SCREENSHOTS, '2-pair-GBR-RUS-chart.png') });
    const labels = await page.locator('#pair-chart svg text').allTextContents();
    assert.ok(labels.includes('GBR → RUS') && labels.includes('RUS → GBR'), `lanes: ${labels.join(' | ')}`);
    const cell = (n: number, text: RegExp) => page.locator(`td:nth-child(${n})`, { hasText: text });
    const row = page.locator('table.acts tbody tr')
      .filter({ has: cell(1, /^2026-02-02$/) }).filter({ has: cell(2, /^GBR → RUS$/) }).filter({ has: cell(3, /^expel$/) });
    assert.equal(await row.count(), 1);
    await row.locator('a').first().click();
    await page.locator('blockquote.sentence').first().waitFor();
    ukEvent = decodeURIComponent(new URL(page.url()).hash.replace('#/event/', ''));
  });

  it("event page: the seed sentence with field spans highlighted, the source link, and Russia's January act", async () => {
    const { page } = w;
    const quote = page.locator('blockquote.sentence', { hasText: SEED_SENTENCE });
    assert.equal(await quote.count(), 1);
    assert.ok(await quote.locator('mark.span-trigger').count() >= 1, 'trigger highlighted');
    assert.ok(await quote.locator('mark.span-actor').count() >= 1, 'actor highlighted');
    assert.equal(await page.locator('a.source-link').first().getAttribute('href'), SEED_URL);
    const answers = page.locator('p.answers a');
    assert.match(await answers.innerText(), /^RUS expel.*→ GBR, 2026-01$/);
    assert.match(await page.locator('table.fields').innerText(), /CAMEO\s+\d+[\s\S]*PLOVER/);
    await screenshot(page, '3-event-uk-expulsion');
  });

  it('review: a correction is shown as such and survives a re-ingest', async () => {
    const { page } = w;
    await page.locator('input[name=count]').fill('2');
    await page.locator('input[name=note]').fill('two diplomats per the FCDO');
    await page.locator('input[name=token]').fill(TOKEN);
    await page.locator('button[name=correct]').click();
    await page.locator('.review-status', { hasText: 'corrected' }).waitFor();
    assert.equal(await page.locator('.corrected-value').innerText(), '2');
    await screenshot(page, '4-event-corrected');
    const again = await ingest({ store: running.store, extractor: running.extractor, targets: [SEED_DIR, CORPUS_DIR] });
    assert.equal(again.duplicates, again.read, JSON.stringify(again));
    await expectCorrection();
  });

  // Updating a document whose acts were merged with other documents' reports (the seed's UK expulsion is reported
  // by two corpus articles too) keeps the merged act and its review.
  it('review: the correction survives re-extraction of its document (edited copy, same URL)', async () => {
    const text = await readFile(join(SEED_DIR, '000_b24bfe532129689f.txt'), 'utf8');
    await mkdir(join(running.dir, 'edited'), { recursive: true });
    await writeFile(join(running.dir, 'edited', 'seed-edited.txt'), `${text}\nCorrection appended by the test.\n`);
    const edited = await ingest({ store: running.store, extractor: running.extractor, targets: [join(running.dir, 'edited')] });
    assert.equal(edited.updated, 1, JSON.stringify(edited));
    await expectCorrection();
  });

  it('claims page lists each claim with its verdict and acts', async () => {
    const { page } = w;
    await page.goto(`${running.url}/#/claims`);
    await page.locator('article.claim').first().waitFor();
    assert.ok(await page.locator('article.claim .badge').count() >= 1);
    await screenshot(page, '5-claims');
  });

  it('an article holding <script> and onerror= renders as text and runs nothing', async () => {
    const { page } = w;
    const res = await page.request.get(`${running.url}/api/events?text=onerror`);
    const { events } = (await res.json()) as { events: { id: string }[] };
    assert.ok(events.length >= 1, 'the XSS article gave an event');
    await page.goto(`${running.url}/#/event/${events[0]!.id}`);
    const quote = page.locator('blockquote.sentence').first();
    await quote.waitFor();
    assert.match(await quote.innerText(), /<img src=x onerror="alert\('img'\)"> <script>alert\('xss'\)<\/script>/);
    assert.match(await page.locator('.report-meta').first().innerText(), /<script>alert\('title'\)<\/script>/);
    assert.equal(await page.locator('#app img, #app script').count(), 0);
    await page.goto(`${running.url}/#/search/onerror`);
    await page.locator('table.acts').waitFor();
    await screenshot(page, '6-xss-as-text');
    await page.goto(`${running.url}/#/event/${events[0]!.id}`);
    await quote.waitFor();
    await screenshot(page, '6-xss-event');
    assert.deepEqual(w.problems, []);
  });
});
