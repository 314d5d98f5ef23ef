/**
 * `wiretrace index` and `wiretrace check` end to end (in-process CLI): exit codes, every
 * output format (SARIF validated against the 2.1.0 schema, JUnit parsed), --add, --since,
 * remove, determinism, and hostile text kept inert. Runs on SQLite and, when configured,
 * PostgreSQL.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { Ajv } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { main } from '../src/cli/main.js';
import { lineStarts } from '../src/store/text-position.js';
import { memoryIO } from './helpers/memory-io.js';
import { backends } from './helpers/store-backends.js';
import { HOSTILE_PARAGRAPH, makeTestCorpus } from './helpers/store-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaPath = path.resolve(here, '../../test/fixtures/sarif-schema-2.1.0.json');

/** The SARIF schema is draft-04 (`id`); ajv 8 reads it as draft-07 once `id` is `$id` (no draft-04-only keywords are used). */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  const { id, $schema, ...rest } = schema;
  void $schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: id as string, ...rest });
}

async function cli(args: string[]) {
  const io = memoryIO();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const corpus = makeTestCorpus();
test.after.always(() => rmSync(corpus.dir, { recursive: true, force: true }));

for (const backend of backends()) {
  const name = (s: string) => `${backend.name}: ${s}`;

  test(name('index add, check exit codes, --add, remove and stats'), async (t) => {
    const spot = await backend.fresh();
    try {
      const db = spot.spec;
      const add = await cli(['index', 'add', corpus.archive, '--db', db, '--batch-size', '8']);
      t.is(add.code, 0, add.err);
      t.regex(add.out, /^added 31, replaced 0, unchanged 0, not stored 0$/m);
      const again = await cli(['index', 'add', corpus.archive, '--db', db, '--json']);
      t.deepEqual(JSON.parse(again.out), { added: 0, replaced: 0, unchanged: 31, notStored: 0, notStoredIds: [] });

      const clean = await cli(['check', path.join(corpus.incoming, 'clean.txt'), '--db', db, '--fail-on', 'partially']);
      t.is(clean.code, 0, clean.out + clean.err);
      const partialLoose = await cli(['check', path.join(corpus.incoming, 'partial.txt'), '--db', db, '--fail-on', 'wholly']);
      t.is(partialLoose.code, 0, partialLoose.out);
      const partialStrict = await cli(['check', path.join(corpus.incoming, 'partial.txt'), '--db', db, '--fail-on', 'partially']);
      t.is(partialStrict.code, 1, partialStrict.out);
      t.true(partialStrict.out.includes(corpus.sources.partial));
      const whole = await cli(['check', path.join(corpus.incoming, 'whole.txt'), '--db', db, '--fail-on', 'wholly', '--format', 'json']);
      t.is(whole.code, 1);
      const report = JSON.parse(whole.out);
      t.is(report.schema, 'wiretrace/check@1');
      t.is(report.documents[0].derivation, 'wholly');
      t.is(report.documents[0].matches[0].archived.id, corpus.sources.whole);

      const future = await cli(['check', path.join(corpus.incoming, 'whole.txt'), '--db', db, '--since', '2999-01-01']);
      t.is(future.code, 0, 'nothing archived inside the window');

      const withAdd = await cli(['check', corpus.incoming, '--db', db, '--fail-on', 'wholly', '--add']);
      t.is(withAdd.code, 1);
      t.regex(withAdd.err, /archived: added 5, replaced 0, unchanged 0, not stored 0/);
      const stats = JSON.parse((await cli(['index', 'stats', '--db', db, '--json'])).out);
      t.is(stats.documents, 36);
      const listed = (await cli(['index', 'list', '--db', db, '--json'])).out.trim().split('\n').map((l) => JSON.parse(l));
      t.is(listed.length, 36);
      t.is(stats.sources, new Set(listed.map((d: { source: string | null }) => d.source).filter((s: string | null) => s !== null)).size);
      t.true(stats.postings > 35 * 20);
      t.true(stats.bytesPerDocument > 0);

      const removed = await cli(['index', 'remove', corpus.sources.whole, 'no/such.txt', '--db', db]);
      t.is(removed.code, 0);
      t.is(removed.out, 'removed 1\n');
      t.regex(removed.err, /not in the archive: no\/such\.txt/);
      const afterRemove = await cli(['check', path.join(corpus.incoming, 'whole.txt'), '--db', db, '--fail-on', 'wholly', '--format', 'json']);
      const ids = JSON.parse(afterRemove.out).documents[0].matches.map((m: { archived: { id: string } }) => m.archived.id);
      t.false(ids.includes(corpus.sources.whole));
      const list = (await cli(['index', 'list', '--db', db])).out.trim().split('\n');
      t.is(list.length, 35);
      t.false(list.some((line) => line.startsWith(`${corpus.sources.whole}\t`)));
    } finally {
      await spot.cleanup();
    }
  });
}

test('sqlite: check output in every format: SARIF valid, JUnit parses, deterministic, hostile text inert', async (t) => {
  const [sqlite] = backends();
  const spot = await sqlite!.fresh();
  try {
    const db = spot.spec;
    t.is((await cli(['index', 'add', corpus.archive, '--db', db])).code, 0);
    const base = ['check', corpus.incoming, '--db', db, '--fail-on', 'partially'];

    const sarif = await cli([...base, '--format', 'sarif']);
    t.is(sarif.code, 1);
    const log = JSON.parse(sarif.out);
    const validate = sarifValidator();
    t.true(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    const broken = JSON.parse(sarif.out);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    t.false(validate(broken), 'the validator does reject a bad region');
    const json = JSON.parse((await cli([...base, '--format', 'json'])).out);
    const passages = json.documents.flatMap((d: { matches: { pair: { passages: unknown[] } }[] }) => d.matches.flatMap((m) => m.pair.passages));
    const results = log.runs[0].results;
    t.is(results.length, passages.length, 'one result per passage');
    t.true(results.length >= 3);
    for (const r of results) {
      t.regex(r.ruleId, /^wiretrace\/(verbatim|light|rewrite)$/);
      t.is(log.runs[0].tool.driver.rules[r.ruleIndex].id, r.ruleId);
      const loc = r.locations[0].physicalLocation;
      if (!loc.region) {
        t.is(r.properties.textOrigin, 'extracted', 'only text extracted from HTML has no line region');
        continue;
      }
      const file = path.join(corpus.incoming, decodeURIComponent(loc.artifactLocation.uri.split('/').pop()));
      const text = readFileSync(file, 'utf8');
      const starts = lineStarts(text);
      const start = starts[loc.region.startLine - 1] + loc.region.startColumn - 1;
      const end = starts[loc.region.endLine - 1] + loc.region.endColumn - 1;
      t.deepEqual({ start, end }, r.properties.offsets, 'region round-trips to the passage offsets');
      t.is(text.slice(start, end), loc.region.snippet.text);
      t.true(r.relatedLocations[0].physicalLocation.artifactLocation.uri.length > 0);
    }
    t.true(results.some((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('a%26b%3Cc%3E.txt')));

    const junit = await cli([...base, '--format', 'junit']);
    t.is(junit.code, 1);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(junit.out);
    const cases = [parsed.testsuites.testsuite.testcase].flat();
    t.deepEqual(cases.map((c: { name: string }) => c.name), ['a&b<c>.txt', 'clean.txt', 'page.html', 'partial.txt', 'whole.txt']);
    t.deepEqual(cases.map((c: { failure?: unknown }) => Boolean(c.failure)), [true, false, true, true, true]);
    t.is(Number(parsed.testsuites.failures), 4);
    t.true(results.some((r: { properties: { textOrigin: string } }) => r.properties.textOrigin === 'extracted'));

    const md = (await cli([...base, '--format', 'md'])).out;
    t.false(md.includes('<script>'));
    t.false(md.includes('](javascript:'));
    const text = await cli([...base, '--format', 'text', '--out', path.join(spot.dir, 'out.txt')]);
    t.is(text.out, '');
    const printed = readFileSync(path.join(spot.dir, 'out.txt'), 'utf8');
    t.false(printed.includes('\u001b'), 'no terminal escape reaches the terminal');
    t.regex(printed, /5 articles checked, 4 failed \(fail on partially\)/);
    t.true(HOSTILE_PARAGRAPH.includes('\u001b'));

    const again = await cli([...base, '--format', 'sarif']);
    t.is(again.out, sarif.out, 'same input, same bytes');
    const reversed = await cli(['check', ...['whole.txt', 'page.html', 'partial.txt', 'clean.txt', 'a&b<c>.txt'].map((f) => path.join(corpus.incoming, f)), '--db', db, '--fail-on', 'partially', '--format', 'junit']);
    t.is(reversed.code, 1);
  } finally {
    await spot.cleanup();
  }
});

test('check without an archive, or with a bad --since, is a usage error (exit 2) with one line', async (t) => {
  const missing = await cli(['check', path.join(corpus.incoming, 'clean.txt'), '--db', path.join(corpus.dir, 'none.sqlite')]);
  t.is(missing.code, 2);
  t.regex(missing.err, /^wiretrace: no archive at .*none\.sqlite/);
  const since = await cli(['check', path.join(corpus.incoming, 'clean.txt'), '--db', 'x.sqlite', '--since', 'last tuesday']);
  t.is(since.code, 2);
  t.regex(since.err, /--since must be a duration such as 14d/);
  t.is(since.err.trim().split('\n').length, 1);
});
