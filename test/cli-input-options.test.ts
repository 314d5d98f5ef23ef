import test from 'ava';
import yargs from 'yargs';
import {
  createSkipReporter,
  ingestOptionsFromArgs,
  parseDuration,
  parseSize,
  summarizeSkipped,
  withInputOptions,
  type InputArgs,
} from '../src/cli/input-options.js';
import { ConfigError } from '../src/errors.js';
import type { SkippedInput } from '../src/types.js';
import { memoryIO } from './helpers/memory-io.js';

test('sizes parse with binary units', (t) => {
  t.is(parseSize('2048'), 2048);
  t.is(parseSize('512k'), 512 * 1024);
  t.is(parseSize('10MB'), 10 * 1024 * 1024);
  t.is(parseSize('1.5G'), 1.5 * 1024 ** 3);
  t.is(parseSize('3 kib'), 3072);
  t.is(parseSize(100), 100);
});

test('bad sizes are a ConfigError with an example', (t) => {
  for (const bad of ['', 'ten', '-5', '0', '10XB', '1e9']) {
    const error = t.throws(() => parseSize(bad), { instanceOf: ConfigError }, bad);
    t.regex(error!.message, /--max-file-size .*10MB/);
  }
});

test('durations parse to milliseconds', (t) => {
  t.is(parseDuration('1500'), 1500);
  t.is(parseDuration('30s'), 30_000);
  t.is(parseDuration('2m'), 120_000);
  t.throws(() => parseDuration('soon'), { instanceOf: ConfigError });
});

test('parsed yargs arguments become ingest options', async (t) => {
  const args = (await withInputOptions(yargs(['--strict', '--max-file-size', '10MB', '--max-docs', '5', '--follow-symlinks', '--doc-timeout', '3s']))
    .strict()
    .parseAsync()) as unknown as InputArgs;
  const options = ingestOptionsFromArgs(args);
  t.like(options, { strict: true, maxFileBytes: 10 * 1024 * 1024, maxDocs: 5, followSymlinks: true, docTimeoutMs: 3000 });
});

test('defaults leave limits to ingest', async (t) => {
  const args = (await withInputOptions(yargs([])).parseAsync()) as unknown as InputArgs;
  const options = ingestOptionsFromArgs(args);
  t.is(options.strict, false);
  t.is(options.maxFileBytes, undefined);
  t.is(options.maxDocs, undefined);
});

test('--max-docs must be a positive whole number', (t) => {
  t.throws(() => ingestOptionsFromArgs({ maxDocs: 0 }), { instanceOf: ConfigError });
  t.throws(() => ingestOptionsFromArgs({ maxDocs: 2.5 }), { instanceOf: ConfigError });
  t.throws(() => ingestOptionsFromArgs({ maxDocs: Number.NaN }), { instanceOf: ConfigError });
});

const binary: SkippedInput = { path: 'a/b.png', reason: 'binary', message: 'a/b.png: skipped: binary (PNG image)' };
const empty: SkippedInput = { path: 'a/c.txt', reason: 'empty', message: 'a/c.txt: skipped: empty' };
const badLine: SkippedInput = { path: 'a/d.jsonl', reason: 'malformed-json', line: 3, message: 'a/d.jsonl:3: skipped: malformed JSON' };

test('the reporter prints one warning line per skip and a summary', (t) => {
  const io = memoryIO();
  const reporter = createSkipReporter(io);
  const options = ingestOptionsFromArgs({}, reporter);
  options.onSkip!(binary);
  options.onSkip!(empty);
  t.is(reporter.summary(), '2 files skipped (1 binary, 1 empty)');
  t.is(
    io.err,
    'wiretrace: warning: a/b.png: skipped: binary (PNG image)\n' +
      'wiretrace: warning: a/c.txt: skipped: empty\n' +
      'wiretrace: 2 files skipped (1 binary, 1 empty)\n',
  );
  t.is(io.out, '');
});

test('quiet keeps the summary, drops the per-file lines', (t) => {
  const io = memoryIO();
  const reporter = createSkipReporter(io, { quiet: true });
  reporter.onSkip(binary);
  reporter.summary();
  t.is(io.err, 'wiretrace: 1 file skipped (1 binary)\n');
});

test('nothing skipped prints nothing', (t) => {
  const io = memoryIO();
  t.is(createSkipReporter(io).summary(), null);
  t.is(io.err, '');
});

test('the summary counts JSONL lines apart from files', (t) => {
  t.is(summarizeSkipped([binary, badLine, badLine]), '1 file and 2 lines skipped (2 malformed-json, 1 binary)');
});

test('a warning stays on one line even when the file name has a newline', (t) => {
  const io = memoryIO();
  createSkipReporter(io).onSkip({ path: 'x\ny', reason: 'empty', message: 'x\ny: skipped: empty' });
  t.is(io.err, 'wiretrace: warning: x\\ny: skipped: empty\n');
});
