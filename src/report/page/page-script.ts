/**
 * The script of the HTML report: a browser program, type-checked with the DOM library and
 * compiled by the project's tsc like any module; `html-script.ts` reads the compiled file
 * and the formatter inlines it (its SHA-256 goes into the page's Content-Security-Policy).
 * It reads the JSON data block and builds every view with DOM calls (`textContent`,
 * `createTextNode`): article text never passes through an HTML parser. The first story is
 * built at once (it opens expanded); the others when opened, a pair when shown, so a run
 * with thousands of documents opens at once. No imports or exports: one function run once.
 */
/// <reference lib="dom" />

type Side = 'a' | 'b';
interface PageCredit { credited: boolean; phrases: string[] }
interface PageEvidence { text: string; weight: number | null; favours: string | null; kind?: string }
interface PageDirection { source: string; copy: string; confidence: number; evidence: string[]; details?: PageEvidence[] }
interface PageSentence { a: [number, number]; b: [number, number]; diff?: [string, string][] }
interface PagePassage { a: [number, number]; b: [number, number]; kind: string; similarity: number; text: string; sentences?: PageSentence[] }
interface PageSide { id: string; coverage: number; derivation: string }
interface PagePair { a: PageSide; b: PageSide; direction: PageDirection | null; credit: PageCredit | null; commonSource: string | null; passages: PagePassage[] }
interface PageDraw { id: string; coverage: number; derivation: string }
interface PageDoc {
  id: string; source: string | null; title: string | null; published: string | null; chars: number; text: string | null;
  boilerplate: [number, number, string, string][]; drawsOn?: PageDraw[]; reusedCoverage?: number; derivation?: string;
}
interface PageEdge { source: string; copy: string; passages: number; credited: boolean | null; kind?: string }
interface PageLine { index: number; copy: string; source: string }
interface PageStory { id: string; root: string | null; documents: string[]; edges: PageEdge[]; uncreditedChars: number; uncreditedPairs: number; pairs: PageLine[] }
interface PageData { title: string; docs: PageDoc[]; stories: PageStory[]; pairs: PagePair[] }
interface BoilerplateGroup { s: number; e: number; n: number; roles: string[]; reasons: string[] }
type SideItem = { s: number; e: number; kind: 'p'; i: number; p: PagePassage } | { s: number; e: number; kind: 'bp'; g: BoilerplateGroup };

(function () {
'use strict';
const data = JSON.parse(document.getElementById('wt-data')!.textContent ?? '{}') as PageData;
const docs = new Map<string, PageDoc>();
data.docs.forEach(function (d) { docs.set(d.id, d); });
const overview = document.getElementById('overview')!;
const pairView = document.getElementById('pair-view')!;
const state: { pair: number; passage: number; marks: HTMLElement[][]; showBp: boolean } = { pair: -1, passage: -1, marks: [], showBp: false };
const PAGE = 200;

function el(tag: string, cls?: string | null, text?: unknown): HTMLElement {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function pct(x: number | null | undefined): string { return Math.round((x || 0) * 100) + '%'; }
function creditBadge(credit: PageCredit | null): HTMLElement {
  if (!credit) return el('span', 'badge unknown', 'credit unknown');
  return credit.credited ? el('span', 'badge credited', 'credited') : el('span', 'badge uncredited', 'uncredited');
}
function pairLink(index: number, label: string): HTMLElement {
  const a = el('a', null, label);
  a.setAttribute('href', '#pair-' + index);
  return a;
}

function renderTree(story: PageStory): HTMLElement {
  const children = new Map<string, PageEdge[]>();
  story.edges.forEach(function (e) {
    if (!children.has(e.source)) children.set(e.source, []);
    children.get(e.source)!.push(e);
  });
  const hasParent = new Set(story.edges.map(function (e) { return e.copy; }));
  const roots = story.documents.filter(function (id) { return !hasParent.has(id) && children.has(id); });
  if (roots.length === 0) return el('p', 'muted', 'No derivation tree: the direction of every pair is undecided.');
  const common = new Set(story.pairs.map(function (l) { return data.pairs[l.index].commonSource; }).filter(Boolean));
  const build = function (id: string, depth: number): HTMLElement {
    const ul = el('ul', 'tree');
    (children.get(id) || []).forEach(function (e) {
      const li = el('li');
      li.appendChild(el('strong', null, e.copy));
      li.appendChild(document.createTextNode(' took ' + e.passages + ' passage' + (e.passages === 1 ? '' : 's') + ' from ' + e.source + ' '));
      li.appendChild(e.credited === true ? el('span', 'badge credited', 'credited') : e.credited === false ? el('span', 'badge uncredited', 'uncredited') : el('span', 'badge unknown', 'credit unknown'));
      if (common.has(id) && (children.get(id) || []).length > 1 && e === children.get(id)![0]) li.appendChild(el('span', 'muted', ' (siblings: each copies ' + id + ', not each other)'));
      if (depth < 50) li.appendChild(build(e.copy, depth + 1));
      ul.appendChild(li);
    });
    return ul;
  };
  const box = el('div');
  roots.forEach(function (root) {
    const p = el('p');
    p.appendChild(document.createTextNode(root === story.root ? 'Root source: ' : 'Also a source: '));
    p.appendChild(el('strong', null, root));
    box.appendChild(p);
    box.appendChild(build(root, 0));
  });
  return box;
}

/** Passages shown side by side in a story, per pair, before any click. */
const INLINE_PAIRS = 3;
const INLINE_PASSAGES = 3;

function sideText(pair: PagePair, side: Side, p: PagePassage): string {
  const doc = docs.get(pair[side].id);
  if (doc && typeof doc.text === 'string') return doc.text.slice(p[side][0], p[side][1]);
  return p.text || '';
}
function verdictLine(pair: PagePair, line: PageLine): HTMLElement {
  const h = el('div', 'pair-head');
  const d = pair.direction;
  if (d) {
    h.appendChild(el('strong', null, d.source));
    h.appendChild(el('span', 'arrow', ' → '));
    h.appendChild(el('strong', null, d.copy));
    h.appendChild(el('span', 'muted', ' source → copy, confidence ' + pct(d.confidence)));
  } else if (pair.commonSource) {
    h.appendChild(el('strong', null, line.copy));
    h.appendChild(el('span', 'arrow', ' ↔ '));
    h.appendChild(el('strong', null, line.source));
    h.appendChild(el('span', 'badge common', 'common source: both from ' + pair.commonSource));
  } else {
    h.appendChild(el('strong', null, line.copy));
    h.appendChild(el('span', 'arrow', ' ↔ '));
    h.appendChild(el('strong', null, line.source));
    h.appendChild(el('span', 'badge unknown', 'undecided: the evidence does not say who copied whom'));
  }
  return h;
}
function renderPairCard(line: PageLine, inline: boolean): HTMLElement {
  const pair = data.pairs[line.index];
  const card = el('div', 'pair-card');
  card.setAttribute('data-pair', String(line.index));
  card.appendChild(verdictLine(pair, line));
  const facts = el('div', 'facts');
  const copySide = line.copy === pair.a.id ? pair.a : pair.b;
  facts.appendChild(el('span', null, pct(copySide.coverage) + ' of ' + line.copy + ' shared (' + copySide.derivation + ') · ' + pair.passages.length + ' passage' + (pair.passages.length === 1 ? '' : 's') + ' '));
  if (!pair.commonSource) facts.appendChild(creditBadge(pair.credit));
  if (pair.credit && pair.credit.phrases.length > 0) facts.appendChild(el('span', 'muted', ' ' + pair.credit.phrases.map(function (x) { return '“' + x + '”'; }).join(', ')));
  facts.appendChild(document.createTextNode(' '));
  facts.appendChild(pairLink(line.index, 'open full texts'));
  card.appendChild(facts);
  if (pair.direction && pair.direction.evidence.length > 0) {
    const ul = el('ul', 'evidence');
    pair.direction.evidence.slice(0, 3).forEach(function (t) { ul.appendChild(el('li', null, t)); });
    card.appendChild(ul);
  }
  if (!inline) return card;
  const d = pair.direction;
  const left: Side = d ? (d.source === pair.a.id ? 'a' : 'b') : (line.source === pair.a.id ? 'a' : 'b');
  const right: Side = left === 'a' ? 'b' : 'a';
  const grid = el('div', 'side-by-side');
  [left, right].forEach(function (side) {
    const role = d ? (side === left ? 'source' : 'copy') : '';
    grid.appendChild(el('div', 'sbs-head', pair[side].id + (role ? ' (' + role + ')' : '')));
  });
  pair.passages.slice(0, INLINE_PASSAGES).forEach(function (p) {
    [left, right].forEach(function (side) {
      const cell = el('div', 'sbs-cell');
      cell.appendChild(el('mark', p.kind, sideText(pair, side, p)));
      grid.appendChild(cell);
    });
  });
  card.appendChild(grid);
  if (pair.passages.length > INLINE_PASSAGES) card.appendChild(el('div', 'muted', '… ' + (pair.passages.length - INLINE_PASSAGES) + ' more passages in the full view'));
  return card;
}

/** "How much of this story came from where": the document fields when the report has them, else the pairs. */
function renderOrigins(story: PageStory): HTMLElement {
  const box = el('div', 'origins');
  box.appendChild(el('h3', null, 'How much of each story came from where'));
  const table = el('table');
  const head = el('tr');
  ['Document', 'Reused', 'Verdict', 'Draws on'].forEach(function (h) { head.appendChild(el('th', null, h)); });
  table.appendChild(head);
  story.documents.forEach(function (id) {
    const doc: Partial<PageDoc> = docs.get(id) || {};
    let draws: PageDraw[] | null = Array.isArray(doc.drawsOn) ? doc.drawsOn.map(function (x) { return { id: x.id, coverage: x.coverage, derivation: x.derivation }; }) : null;
    if (!draws) {
      const found: PageDraw[] = (draws = []);
      story.pairs.forEach(function (line) {
        const pair = data.pairs[line.index];
        if (pair.a.id !== id && pair.b.id !== id) return;
        const mine = pair.a.id === id ? pair.a : pair.b;
        const other = pair.a.id === id ? pair.b : pair.a;
        if (pair.direction && pair.direction.source === id) return;
        if (mine.derivation === 'none') return;
        found.push({ id: other.id, coverage: mine.coverage, derivation: mine.derivation });
      });
      draws.sort(function (x, y) { return y.coverage - x.coverage || (x.id < y.id ? -1 : 1); });
    }
    const tr = el('tr');
    tr.appendChild(el('td', null, id));
    const reused = typeof doc.reusedCoverage === 'number' ? doc.reusedCoverage : draws.reduce(function (m, x) { return Math.max(m, x.coverage); }, 0);
    tr.appendChild(el('td', null, draws.length ? pct(reused) + (typeof doc.reusedCoverage === 'number' ? '' : '+') : '—'));
    const verdict = typeof doc.derivation === 'string' ? doc.derivation : draws.length ? (draws.some(function (x) { return x.derivation === 'wholly'; }) ? 'wholly' : 'partially') : 'none (a source here)';
    tr.appendChild(el('td', null, verdict));
    tr.appendChild(el('td', null, draws.length ? draws.map(function (x) { return x.id + ' ' + pct(x.coverage); }).join(', ') : '—'));
    table.appendChild(tr);
  });
  box.appendChild(table);
  return box;
}

function renderStoryBody(story: PageStory): HTMLElement {
  const body = el('div', 'story-body');
  story.pairs.forEach(function (line, i) { body.appendChild(renderPairCard(line, i < INLINE_PAIRS)); });
  body.appendChild(el('h3', null, 'Derivation tree'));
  body.appendChild(renderTree(story));
  body.appendChild(renderOrigins(story));
  return body;
}

function renderOverview(): void {
  overview.textContent = '';
  if (data.stories.length === 0) {
    overview.appendChild(el('p', 'muted', 'No reuse found: no pair of documents shares text.'));
    return;
  }
  let shown = 0;
  const more = el('button', 'link', '') as HTMLButtonElement;
  const addPage = function () {
    const end = Math.min(data.stories.length, shown + PAGE);
    for (; shown < end; shown++) {
      (function (story: PageStory) {
        const det = el('details', 'story') as HTMLDetailsElement;
        det.setAttribute('data-story', story.id);
        const sum = el('summary');
        sum.appendChild(el('strong', null, story.id));
        sum.appendChild(el('span', null, story.documents.length + ' documents, ' + story.pairs.length + ' pairs'));
        sum.appendChild(el('span', null, 'root: ' + (story.root || 'undecided')));
        sum.appendChild(story.uncreditedPairs > 0 ? el('span', 'badge uncredited', story.uncreditedPairs + ' uncredited (' + story.uncreditedChars + ' chars)') : el('span', 'badge credited', 'all credited'));
        det.appendChild(sum);
        det.addEventListener('toggle', function () {
          if (det.open && !det.getAttribute('data-built')) {
            det.setAttribute('data-built', '1');
            det.appendChild(renderStoryBody(story));
          }
        });
        overview.insertBefore(det, more);
        // The most important story (most uncredited reuse) opens expanded.
        if (shown === 0) {
          det.setAttribute('data-built', '1');
          det.appendChild(renderStoryBody(story));
          det.open = true;
        }
      })(data.stories[shown]!);
    }
    more.textContent = 'Show ' + Math.min(PAGE, data.stories.length - shown) + ' more stories';
    more.hidden = shown >= data.stories.length;
  };
  overview.appendChild(more);
  more.addEventListener('click', addPage);
  addPage();
}

/** Word ranges of this side that the diff marks as changed ('del' on side a, 'add' on side b). */
function changedRanges(text: string, sentence: PageSentence, side: Side): [number, number][] {
  const out: [number, number][] = [];
  if (!sentence.diff) return out;
  const start = sentence[side][0], end = sentence[side][1];
  let cursor = start;
  sentence.diff.forEach(function (op) {
    const kind = op[0];
    if ((side === 'a' && kind === 'add') || (side === 'b' && kind === 'del')) return;
    String(op[1]).split(/\s+/).forEach(function (word) {
      if (!word) return;
      const at = text.indexOf(word, cursor);
      if (at < 0 || at + word.length > end) return;
      if (kind !== 'same') out.push([at, at + word.length]);
      cursor = at + word.length;
    });
  });
  return out;
}

function appendWithChanges(parent: HTMLElement, text: string, s: number, e: number, changes: [number, number][]): void {
  let cursor = s;
  changes.forEach(function (r) {
    const cs = Math.max(r[0], cursor), ce = Math.min(r[1], e);
    if (ce <= cs) return;
    if (cs > cursor) parent.appendChild(document.createTextNode(text.slice(cursor, cs)));
    parent.appendChild(el('span', 'chg', text.slice(cs, ce)));
    cursor = ce;
  });
  if (cursor < e) parent.appendChild(document.createTextNode(text.slice(cursor, e)));
}

function boilerplateGroups(doc: PageDoc, text: string): BoilerplateGroup[] {
  const groups: BoilerplateGroup[] = [];
  doc.boilerplate.slice().sort(function (x, y) { return x[0] - y[0]; }).forEach(function (b) {
    const last = groups[groups.length - 1];
    if (last && /^\s*$/.test(text.slice(last.e, b[0]))) {
      last.e = Math.max(last.e, b[1]); last.n++;
      if (last.roles.indexOf(b[2]) < 0) last.roles.push(b[2]);
      last.reasons.push(b[3]);
    } else groups.push({ s: b[0], e: b[1], n: 1, roles: [b[2]], reasons: [b[3]] });
  });
  return groups;
}

function renderSide(box: HTMLElement, pair: PagePair, side: Side): void {
  const doc = docs.get(pair[side].id) || ({ text: null, boilerplate: [] } as unknown as PageDoc);
  const maybeText = doc.text;
  if (maybeText === null || maybeText === undefined) {
    box.appendChild(el('p', 'muted', 'The text of this document is not in the report (see README: report texts). Passages as recorded:'));
    pair.passages.forEach(function (p, i) {
      const m = el('mark', p.kind, p.text || '');
      m.setAttribute('data-p', String(i));
      box.appendChild(m);
      box.appendChild(document.createTextNode('\n\n'));
      state.marks[i] = state.marks[i] || [];
      state.marks[i].push(m);
    });
    return;
  }
  const text: string = maybeText;
  const items: SideItem[] = [];
  pair.passages.forEach(function (p, i) { items.push({ s: p[side][0], e: p[side][1], kind: 'p', i: i, p: p }); });
  boilerplateGroups(doc, text).forEach(function (g) { items.push({ s: g.s, e: g.e, kind: 'bp', g: g }); });
  items.sort(function (x, y) { return x.s - y.s || y.e - x.e; });
  let cursor = 0;
  const rendered: { s: number; e: number; m: HTMLElement }[] = [];
  items.forEach(function (it) {
    if (it.kind === 'p' && it.s < cursor) {
      // A passage over text already marked (one sentence reused twice by the other side):
      // it shares those marks, so navigation still finds it.
      rendered.forEach(function (r) {
        if (r.s < Math.min(it.e, cursor) && r.e > it.s) {
          state.marks[it.i] = state.marks[it.i] || [];
          state.marks[it.i].push(r.m);
          r.m.setAttribute('data-also', ((r.m.getAttribute('data-also') || '') + ' ' + it.i).trim());
        }
      });
    }
    const s = Math.max(it.s, cursor), e = Math.min(it.e, text.length);
    if (e <= s) return;
    if (s > cursor) box.appendChild(document.createTextNode(text.slice(cursor, s)));
    if (it.kind === 'bp') {
      const toggle = el('button', 'bp-toggle', '⋯ ' + it.g.n + ' removed (' + it.g.roles.join(', ') + ')');
      toggle.setAttribute('title', it.g.reasons.slice(0, 5).join('; '));
      toggle.setAttribute('aria-expanded', 'false');
      const hidden = el('span', 'bp');
      hidden.hidden = !state.showBp;
      hidden.textContent = text.slice(s, e);
      toggle.addEventListener('click', function () {
        hidden.hidden = !hidden.hidden;
        toggle.setAttribute('aria-expanded', String(!hidden.hidden));
      });
      box.appendChild(toggle);
      box.appendChild(hidden);
    } else {
      const m = el('mark', it.p.kind);
      m.setAttribute('data-p', String(it.i));
      m.setAttribute('title', it.p.kind + ', similarity ' + pct(it.p.similarity));
      let changes: [number, number][] = [];
      (it.p.sentences || []).forEach(function (sent) { changes = changes.concat(changedRanges(text, sent, side)); });
      changes.sort(function (x, y) { return x[0] - y[0]; });
      appendWithChanges(m, text, s, e, changes);
      m.addEventListener('click', function () { setPassage(it.i); });
      box.appendChild(m);
      state.marks[it.i] = state.marks[it.i] || [];
      state.marks[it.i].push(m);
      rendered.push({ s: s, e: e, m: m });
    }
    cursor = e;
  });
  if (cursor < text.length) box.appendChild(document.createTextNode(text.slice(cursor)));
}

function renderVerdict(pair: PagePair): HTMLElement {
  const box = el('section', 'verdict');
  const d = pair.direction;
  const h = el('h2');
  if (d) {
    h.appendChild(el('strong', null, d.source));
    h.appendChild(document.createTextNode(' → '));
    h.appendChild(el('strong', null, d.copy));
    h.appendChild(document.createTextNode(' (confidence ' + pct(d.confidence) + ') '));
  } else h.appendChild(document.createTextNode('Direction undecided: the evidence does not say who copied whom. '));
  h.appendChild(creditBadge(pair.credit));
  box.appendChild(h);
  if (pair.credit && pair.credit.phrases.length > 0) box.appendChild(el('p', null, 'Credit in the copy: ' + pair.credit.phrases.map(function (x) { return '“' + x + '”'; }).join(', ')));
  if (d) {
    const ol = el('ol');
    const details: PageEvidence[] = d.details || d.evidence.map(function (t) { return { text: t, weight: null, favours: d!.source }; });
    details.forEach(function (ev) {
      const li = el('li', ev.favours && ev.favours !== d!.source ? 'against' : null);
      li.appendChild(document.createTextNode(ev.text + ' '));
      if (ev.weight !== null && ev.weight !== undefined) li.appendChild(el('span', 'evidence-weight', ev.favours ? (ev.favours === d!.source ? '+' : '−') + ev.weight : 'no weight'));
      ol.appendChild(li);
    });
    box.appendChild(ol);
  }
  return box;
}

function openPair(index: number): void {
  const pair = data.pairs[index];
  if (!pair) { showOverview(); return; }
  state.pair = index; state.passage = -1; state.marks = [];
  pairView.textContent = '';
  const back = el('a', null, '← all stories');
  back.setAttribute('href', '#');
  pairView.appendChild(back);
  pairView.appendChild(renderVerdict(pair));
  const nav = el('div', 'nav');
  const prev = el('button', null, '◀ previous (p)');
  const next = el('button', null, 'next passage (n) ▶');
  const status = el('span', 'muted', pair.passages.length + ' passages');
  status.id = 'passage-status';
  const bp = el('button', null, 'show/hide boilerplate (b)');
  prev.addEventListener('click', function () { step(-1); });
  next.addEventListener('click', function () { step(1); });
  bp.addEventListener('click', toggleBoilerplate);
  [prev, next, status, bp].forEach(function (x) { nav.appendChild(x); });
  const legend = el('span', 'legend muted');
  [['verbatim', 'same words'], ['light', 'small edits'], ['rewrite', 'reworded']].forEach(function (k) {
    const m = el('mark', k[0], k[0]);
    legend.appendChild(m);
    legend.appendChild(document.createTextNode(' ' + k[1] + '  '));
  });
  legend.appendChild(el('span', 'chg', 'changed words'));
  nav.appendChild(legend);
  pairView.appendChild(nav);
  const cols = el('div', 'cols');
  (['a', 'b'] as Side[]).forEach(function (side) {
    const col = el('section', 'col');
    col.setAttribute('data-side', side);
    const doc: Partial<PageDoc> = docs.get(pair[side].id) || {};
    const title = pair[side].id + ' — ' + pct(pair[side].coverage) + ' of its body shared, ' + pair[side].derivation + (pair.direction ? (pair.direction.source === pair[side].id ? ' · source' : ' · copy') : '');
    col.appendChild(el('h2', null, title));
    if (doc.title) col.appendChild(el('div', 'doc-title muted', doc.title));
    const box = el('div', 'text');
    box.setAttribute('tabindex', '0');
    renderSide(box, pair, side);
    col.appendChild(box);
    cols.appendChild(col);
  });
  pairView.appendChild(cols);
  overview.hidden = true;
  pairView.hidden = false;
  document.title = 'Pair ' + index + ' — ' + data.title;
  window.scrollTo(0, 0);
}

function setPassage(i: number): void {
  const n = state.marks.length;
  if (n === 0) return;
  i = ((i % n) + n) % n;
  if (state.passage >= 0 && state.marks[state.passage]) state.marks[state.passage].forEach(function (m) { m.classList.remove('cur'); });
  state.passage = i;
  const seen: Element[] = [];
  (state.marks[i] || []).forEach(function (m) {
    m.classList.add('cur');
    // Scroll each column to its first mark of the passage, without moving the page.
    const box = m.closest('.text') as HTMLElement | null;
    if (box && seen.indexOf(box) < 0) {
      seen.push(box);
      box.scrollTop = Math.max(0, m.offsetTop - box.clientHeight / 3);
    }
  });
  const p = data.pairs[state.pair]!.passages[i]!;
  const status = document.getElementById('passage-status');
  if (status) status.textContent = 'passage ' + (i + 1) + ' of ' + n + ' (' + p.kind + ')';
}
function step(delta: number): void {
  if (state.pair < 0) return;
  setPassage(state.passage < 0 ? (delta > 0 ? 0 : -1) : state.passage + delta);
}
function toggleBoilerplate(): void {
  state.showBp = !state.showBp;
  pairView.querySelectorAll<HTMLElement>('.bp').forEach(function (x) { x.hidden = !state.showBp; });
}
function showOverview(): void {
  state.pair = -1; state.marks = [];
  pairView.hidden = true;
  pairView.textContent = '';
  overview.hidden = false;
  document.title = data.title;
}
function route(): void {
  const m = /^#pair-(\d+)$/.exec(location.hash);
  if (m) openPair(Number(m[1])); else showOverview();
}

document.addEventListener('keydown', function (ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const t = ev.target as HTMLElement | null;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA')) return;
  const k = ev.key;
  if (k === 'n' || k === 'j') step(1);
  else if (k === 'p' || k === 'k') step(-1);
  else if (k === 'b') toggleBoilerplate();
  else if (k === 'Escape' || k === 'o') { if (state.pair >= 0) location.hash = ''; }
  else if (k === ']' || k === '[') {
    const order = data.stories.reduce(function (xs: number[], s) { return xs.concat(s.pairs.map(function (l) { return l.index; })); }, []);
    if (order.length === 0) return;
    const at = order.indexOf(state.pair);
    const next = order[((at < 0 ? (k === ']' ? -1 : 0) : at) + (k === ']' ? 1 : -1) + order.length) % order.length];
    location.hash = '#pair-' + next;
  } else if (k === '?') { const h = document.getElementById('help') as HTMLDetailsElement | null; if (h) h.open = !h.open; }
  else return;
  ev.preventDefault();
});
window.addEventListener('hashchange', route);
renderOverview();
route();
document.documentElement.setAttribute('data-ready', '1');
})();
