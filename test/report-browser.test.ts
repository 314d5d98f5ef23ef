/**
 * The editor's HTML report in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser is ever downloaded): the seed report opens and shows the
 * seed pairs, highlights passages, expands boilerplate and navigates by keyboard; hostile
 * article text renders as text and runs nothing; a 1,000-document report opens at once;
 * and a screenshot of the main view is kept for people to look at.
 *
 * Skipped (with a message) only when /usr/bin/chromium is missing outside CI; in CI
 * (`CI` set) a missing browser fails the run.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'ava';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { main } from '../src/cli/main.js';
import { scanCorpus } from '../src/pipeline.js';
import { formatHtml } from '../src/report/index.js';
import type { Pair, Report } from '../src/types.js';
import { HOSTILE, HOSTILE_TEXTS, hostileReport } from './fixtures/hostile-report.js';
import { memoryIO } from './helpers/memory-io.js';

const CHROMIUM = '/usr/bin/chromium';

/** What page callbacks touch, typed without the DOM library (the project compiles for Node). */
interface Hideable {
  hidden: boolean;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Screenshots are kept here (not removed) so a person can look at them. */
export const SHOT_DIR = path.join(tmpdir(), 'wiretrace-test-output');

const haveBrowser = existsSync(CHROMIUM);
const mustRun = Boolean(process.env.CI);

const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-browser-'));
let context: BrowserContext | null = null;

async function browser(): Promise<BrowserContext> {
  context ??= await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  return context;
}

test.after.always(async () => {
  await context?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Writes the page and opens it; collects console messages and page errors. */
async function open(html: string, name: string): Promise<{ page: Page; messages: string[] }> {
  const file = path.join(work, `${name}.html`);
  writeFileSync(file, html);
  const page = await (await browser()).newPage();
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) messages.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready]', { timeout: 10_000 });
  return { page, messages };
}

let seedHtml: Promise<{ html: string; report: Report }> | null = null;
function seed(): Promise<{ html: string; report: Report }> {
  seedHtml ??= scanCorpus(['corpus']).then(({ report, docs }) => ({ report, html: formatHtml(report, { texts: (id) => docs.get(id)?.article.text, title: 'Seed corpus' }) }));
  return seedHtml;
}

const SUN = 'the-sun/wallace-nato.txt';
const SKY = 'sky-news/wallace-nato.txt';
const LBC = 'lbc/wallace-nato.txt';

/** Opens a story's details unless it is open already (the first story opens expanded). */
async function openStory(page: Page, selector: string): Promise<void> {
  const isOpen = await page.$eval(selector, (d) => (d as unknown as { open: boolean }).open);
  if (!isOpen) await page.click(`${selector} > summary`);
  await page.waitForSelector(`${selector}[data-built] .pair-card`);
}

if (!haveBrowser && !mustRun) {
  test.skip(`browser tests: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it) — skipped outside CI`, () => {});
} else {
  test.serial('the seed report opens on the stories and shows the seed pairs with credit', async (t) => {
    const { html, report } = await seed();
    const { page, messages } = await open(html, 'seed');
    const storyId = report.clusters.find((c) => c.documents.includes(LBC))!.id;
    const story$ = `details.story[data-story="${storyId}"]`;
    // The story's body is rendered when the story opens (lazily), or at once for the first story.
    await openStory(page, story$);
    const story = await page.textContent(story$);
    t.regex(story!, /root: the-sun\/wallace-nato\.txt/);
    t.regex(story!, /lbc\/wallace-nato\.txt took 2 passages from the-sun\/wallace-nato\.txt\s*credited/);
    t.regex(story!, /lbc\/wallace-nato\.txt took 2 passages from sky-news\/wallace-nato\.txt\s*uncredited/);
    const heads = await page.$$eval(`${story$} .pair-card`, (cards) => cards.map((c) => [c.querySelector('.pair-head')!.textContent, c.querySelector('.facts .badge')!.textContent]));
    t.deepEqual(heads.map(([h, b]) => [/^(\S+) → (\S+) source → copy/.exec(h ?? '')?.slice(1, 3).join(' → '), b]), [
      [`${SKY} → ${LBC}`, 'uncredited'],
      [`${SUN} → ${LBC}`, 'credited'],
    ], 'uncredited reuse first');
    const origins = await page.textContent(`${story$} .origins`);
    t.regex(origins!, /lbc\/wallace-nato\.txt\s*\d+%\+?\s*partially/);
    t.deepEqual(messages, []);
    await page.close();
  });

  test.serial('a pair shows both texts with highlighted passages, the verdict and its evidence; keys move between passages', async (t) => {
    const { html, report } = await seed();
    const { page, messages } = await open(html, 'seed-pair');
    const index = report.pairs.findIndex((p: Pair) => p.direction?.source === SUN);
    const storyId = report.clusters.find((c) => c.documents.includes(LBC))!.id;
    await openStory(page, `details.story[data-story="${storyId}"]`);
    await page.click(`a[href="#pair-${index}"]`);
    await page.waitForSelector('.cols');
    const verdict = await page.textContent('.verdict');
    t.regex(verdict!, /the-sun\/wallace-nato\.txt → lbc\/wallace-nato\.txt/);
    t.regex(verdict!, /credited/);
    t.regex(verdict!, /Credit in the copy: “told The Sun”/);
    t.regex(verdict!, /lbc\/wallace-nato\.txt credits The Sun/);
    const passages = report.pairs[index]!.passages.length;
    for (const side of ['a', 'b']) {
      const marked = await page.$$eval(`.col[data-side="${side}"] mark[data-p]`, (ms) => new Set(ms.flatMap((m) => `${m.getAttribute('data-p')} ${m.getAttribute('data-also') ?? ''}`.trim().split(/\s+/))).size);
      t.is(marked, passages, `side ${side}: every passage highlighted`);
    }
    const kinds = await page.$$eval('.cols mark[data-p]', (ms) => [...new Set(ms.map((m) => m.className.split(' ')[0]))].sort());
    t.true(kinds.includes('verbatim'));
    // The highlighted text is the passage's text on each side.
    const pair = report.pairs[index]!;
    const first = await page.$$eval('.col[data-side="a"] mark[data-p="0"]', (ms) => ms.map((m) => m.textContent).join(''));
    t.is(first, pair.passages[0]!.text);

    await page.keyboard.press('n');
    t.regex((await page.textContent('#passage-status'))!, /^passage 1 of \d+/);
    t.is(await page.$$eval('mark.cur', (ms) => new Set(ms.map((m) => m.closest('.col')!.getAttribute('data-side'))).size), 2, 'current passage marked on both sides');
    await page.keyboard.press('j');
    t.regex((await page.textContent('#passage-status'))!, /^passage 2 of/);
    await page.keyboard.press('k');
    t.regex((await page.textContent('#passage-status'))!, /^passage 1 of/);
    await page.keyboard.press('p');
    t.regex((await page.textContent('#passage-status'))!, new RegExp(`^passage ${passages} of`), 'wraps around');
    const scrolled = await page.$eval('.col[data-side="a"] .text', (box) => {
      const m = box.querySelector('mark.cur') as unknown as { offsetTop: number };
      const b = box as unknown as { scrollTop: number; clientHeight: number };
      return m.offsetTop >= b.scrollTop && m.offsetTop <= b.scrollTop + b.clientHeight;
    });
    t.true(scrolled, 'the current passage is scrolled into view');

    await page.keyboard.press('[');
    await page.waitForFunction((i) => (globalThis as unknown as { location: { hash: string } }).location.hash !== `#pair-${i}`, index);
    const other = await page.textContent('.verdict');
    t.regex(other!, /sky-news\/wallace-nato\.txt → lbc\/wallace-nato\.txt/);
    t.regex(other!, /uncredited/);
    t.regex(other!, /fixes a slip/);
    t.true((await page.$$('.cols .chg')).length > 0, 'word-level changes are marked');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#overview:not([hidden])');
    t.deepEqual(messages, []);
    await page.close();
  });

  test.serial('removed boilerplate is collapsed and expands on click and with "b"', async (t) => {
    const { html, report } = await seed();
    const { page } = await open(html, 'seed-bp');
    const index = report.pairs.findIndex((p: Pair) => p.direction?.source === SUN);
    await page.evaluate((i) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#pair-${i}`), index);
    await page.waitForSelector('.cols');
    const lbcSide = report.pairs[index]!.a.id === LBC ? 'a' : 'b';
    const hiddenAll = await page.$$eval('.bp', (xs) => xs.every((x) => (x as Hideable).hidden));
    t.true(hiddenAll);
    const toggles = await page.$$(`.col[data-side="${lbcSide}"] .bp-toggle`);
    t.true(toggles.length > 3);
    const removedText = 'More Latest News';
    t.false((await page.innerText(`.col[data-side="${lbcSide}"] .text`)).includes(removedText));
    for (const toggle of toggles) await toggle.click();
    t.true((await page.innerText(`.col[data-side="${lbcSide}"] .text`)).includes(removedText));
    await page.keyboard.press('b');
    t.true(await page.$$eval('.bp', (xs) => xs.every((x) => !(x as Hideable).hidden)), '"b" shows all boilerplate');
    await page.keyboard.press('b');
    t.true(await page.$$eval('.bp', (xs) => xs.every((x) => (x as Hideable).hidden)), '"b" again hides it');
    await page.close();
  });

  test.serial('hostile article text renders as text and no script runs', async (t) => {
    const { page, messages } = await open(formatHtml(hostileReport(), { texts: HOSTILE_TEXTS, title: '</title><script>window.__pwned=9</script>' }), 'hostile');
    await openStory(page, 'details.story');
    await page.hover('details.story');
    await page.click('a[href="#pair-0"]');
    await page.waitForSelector('.cols');
    await page.keyboard.press('b');
    await page.keyboard.press('n');
    await page.mouse.move(300, 500);
    await page.mouse.move(1000, 500);
    const text = await page.innerText('body');
    for (const piece of HOSTILE.filter((p) => !/[\u2028\u2029]/.test(p))) t.true(text.includes(piece), `shown as text: ${piece}`);
    t.is(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined);
    t.is(await page.evaluate(() => (globalThis as unknown as { document: { scripts: { length: number } } }).document.scripts.length), 2, 'only the data block and the page script');
    t.is(await page.$$eval('img, svg, iframe, object, embed, b, textarea', (xs) => xs.length), 0, 'no element from article text');
    t.is(await page.title(), 'Pair 0 — </title><script>window.__pwned=9</script>');
    t.deepEqual(messages, [], 'no console message: nothing tried to run and nothing was blocked');
    await page.close();
  });

  test.serial('end to end: hostile files scanned with scan --html run nothing in the page', async (t) => {
    const dir = path.join(work, 'hostile-corpus');
    const body = [
      `Ministers approved the long-awaited railway upgrade on Tuesday after weeks of talks ${HOSTILE[0]} in the capital.`,
      `Critics said the plans ${HOSTILE[1]} had been rushed through without proper scrutiny by the council.`,
      `The decision ${HOSTILE[2]} is expected to affect thousands of families across the region this year.`,
      `Officials declined to comment ${HOSTILE[3]} on the timetable for the work or its final cost.`,
    ].join('\n');
    mkdirSync(path.join(dir, 'wire'), { recursive: true });
    mkdirSync(path.join(dir, 'paper'), { recursive: true });
    writeFileSync(path.join(dir, 'wire', '<img src=x onerror=alert(1)>.txt'), `Headline ${HOSTILE[0]}\n${body}\n`);
    writeFileSync(path.join(dir, 'paper', 'copy.md'), `---\ntitle: "${HOSTILE[1].replace(/"/g, "'")}"\n---\n${body}\nAccording to Wire, more later.\n`);
    const html = path.join(work, 'hostile-scan.html');
    const io = memoryIO();
    t.is(await main(['scan', dir, '--html', html, '--jobs', '1'], io), 0, io.err);
    const { page, messages } = await open(readFileSync(html, 'utf8'), 'hostile-scan');
    await openStory(page, 'details.story');
    await page.click('a[href^="#pair-"]');
    await page.waitForSelector('.cols mark');
    await page.keyboard.press('b');
    t.true((await page.innerText('.cols')).includes(HOSTILE[0]!));
    t.is(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined);
    t.is(await page.$$eval('img, svg, iframe, textarea', (xs) => xs.length), 0);
    t.deepEqual(messages, []);
    await page.close();
  });

  test.serial('a 1,000-document report opens at once and renders views on demand', async (t) => {
    const report = bigReport(1000);
    const html = formatHtml(report, { texts: bigTexts });
    const started = Date.now();
    const { page, messages } = await open(html, 'big');
    const opened = Date.now() - started;
    t.true(opened < 5000, `opened in ${opened} ms`);
    t.is(await page.$$eval('details.story', (xs) => xs.length), 200, 'first page of stories only');
    t.is(await page.$$eval('.cols', (xs) => xs.length), 0, 'no pair view rendered yet');
    t.is(await page.$$eval('details.story[data-built]', (xs) => xs.length), 1, 'only the first story is rendered (opened)');
    const pairStarted = Date.now();
    await page.evaluate(() => ((globalThis as unknown as { location: { hash: string } }).location.hash = '#pair-499'));
    await page.waitForSelector('.cols mark');
    t.true(Date.now() - pairStarted < 2000);
    t.deepEqual(messages, []);
    await page.close();
  });

  test.serial('first view, no click: the first story is open, its pairs show direction and passages side by side (screenshot)', async (t) => {
    const { html, report } = await seed();
    const { page, messages } = await open(html, 'seed-first');
    const first = 'details.story:first-of-type';
    t.true(await page.$eval(first, (d) => (d as unknown as { open: boolean }).open), 'the first story opens expanded');
    const card = `${first} .pair-card`;
    const inView = async (selector: string): Promise<boolean> =>
      page.$eval(selector, (e) => {
        const r = (e as unknown as { getBoundingClientRect(): { top: number; bottom: number; width: number; height: number } }).getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= 900;
      });
    t.true(await inView(`${card} .pair-head`), 'the first pair’s verdict line is in view');
    t.true(await inView(`${card} .side-by-side mark`), 'its first passage is in view, side by side');
    const head = await page.textContent(`${card} .pair-head`);
    const story = report.clusters.find((c) => c.id === (report.clusters.find((x) => x.documents.includes('pa-wire/flood-barrier.txt'))!.id))!;
    t.truthy(story);
    t.regex(head!, /→|common source|undecided/);
    const firstStoryText = await page.textContent(first);
    t.regex(firstStoryText!, /pa-wire\/flood-barrier\.txt → \S+ source → copy/);
    t.regex(firstStoryText!, /common source: both from pa-wire\/flood-barrier\.txt/);
    const cells = await page.$$eval(`${card} .side-by-side .sbs-cell`, (xs) => xs.length);
    t.true(cells >= 2 && cells % 2 === 0, `${cells} passage cells in two columns`);
    mkdirSync(SHOT_DIR, { recursive: true });
    const file = path.join(SHOT_DIR, 'report-first-view.png');
    await page.screenshot({ path: file });
    t.true(statSync(file).size > 30_000, `${statSync(file).size} bytes`);
    t.deepEqual(messages, []);
    t.log(`screenshot: ${file}`);
    await page.close();
  });

  test.serial('screenshot of the main view: a non-trivial picture', async (t) => {
    const { html, report } = await seed();
    const { page } = await open(html, 'seed-shot');
    const index = report.pairs.findIndex((p: Pair) => p.direction?.source === SUN);
    await page.evaluate((i) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#pair-${i}`), index);
    await page.waitForSelector('.cols');
    await page.keyboard.press('n');
    mkdirSync(SHOT_DIR, { recursive: true });
    const file = path.join(SHOT_DIR, 'report-main-view.png');
    const png = await page.screenshot({ path: file });
    t.true(statSync(file).size > 30_000, `${statSync(file).size} bytes`);
    const blank = await (await browser()).newPage();
    // Counted in the browser (it decodes PNG); the function is a string because this file compiles without the DOM library.
    const stats = (await blank.evaluate(`(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, img.width, img.height).data;
      let ink = 0;
      let highlight = 0;
      for (let i = 0; i < px.length; i += 4) {
        const r = px[i], gr = px[i + 1], b = px[i + 2];
        if (r + gr + b < 600) ink++;
        if (r > 230 && gr > 180 && gr < 215 && b > 175 && b < 205) highlight++; // the verbatim colour #f7c8c0
      }
      return { width: img.width, height: img.height, ink, highlight };
    })(${JSON.stringify(png.toString('base64'))})`)) as { width: number; height: number; ink: number; highlight: number };
    await blank.close();
    t.is(stats.width, 1400);
    t.true(stats.ink > 20_000, `${stats.ink} dark pixels (text)`);
    t.true(stats.highlight > 5_000, `${stats.highlight} highlighted pixels`);
    t.log(`screenshot: ${file}`);
    await page.close();
  });
}

const bigTexts = new Map<string, string>();
/** A report with `n` documents in n/2 two-document stories, texts ~2,000 characters. */
function bigReport(n: number): Report {
  const documents: Report['documents'][number][] = [];
  const pairs: Pair[] = [];
  const clusters: Report['clusters'][number][] = [];
  const sentence = 'The council approved the long-awaited railway upgrade on Tuesday after weeks of talks. ';
  for (let i = 0; i < n; i += 2) {
    const a = `wire/story-${String(i).padStart(4, '0')}.txt`;
    const b = `paper/story-${String(i).padStart(4, '0')}.txt`;
    const text = `Headline ${i}\n${sentence.repeat(22)}`;
    bigTexts.set(a, text);
    bigTexts.set(b, text);
    for (const id of [a, b]) documents.push({ id, source: id.split('/')[0]!, title: null, published: null, chars: text.length, boilerplate: [{ start: 0, end: text.indexOf('\n'), role: 'headline', reason: 'first line' }] });
    const start = text.indexOf('\n') + 1;
    pairs.push({
      a: { id: a, coverage: 1, derivation: 'wholly' },
      b: { id: b, coverage: 1, derivation: 'wholly' },
      direction: { source: a, copy: b, confidence: 0.9, evidence: ['wire first'] },
      passages: [{ a: { start, end: text.length }, b: { start, end: text.length }, kind: 'verbatim', similarity: 1, text: text.slice(start) }],
      credit: { credited: i % 4 === 0, phrases: [] },
    });
    clusters.push({ id: `c${i / 2 + 1}`, documents: [b, a], root: a, edges: [{ source: a, copy: b, passages: 1, credited: i % 4 === 0, kind: 'tree' }] });
  }
  return { schema: 'wiretrace/report@1', documents, pairs, clusters };
}
