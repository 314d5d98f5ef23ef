/**
 * End-to-end runs of `wiretrace strip`: the contract's JSON Lines, plain-text output for
 * one file, offsets that round-trip, and idempotence through the CLI.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { main } from '../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';

interface StripLine {
  id: string;
  body: string;
  removed: Array<{ start: number; end: number; role: string; reason: string }>;
}

test('strip --jsonl prints one {id, body, removed} line per document, offsets into the text as read', async (t) => {
  const io = memoryIO();
  t.is(await main(['strip', 'corpus', '--jsonl'], io), 0);
  const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as StripLine);
  const lbc = lines.find((l) => l.id === 'lbc/wallace-nato.txt')!;
  t.truthy(lbc);
  const text = readFileSync('corpus/lbc/wallace-nato.txt', 'utf8');
  t.false(lbc.body.includes('More Latest News'));
  t.false(lbc.body.includes('Listen to this article'));
  t.true(lbc.body.startsWith('Wallace, a former Army officer'));
  for (const r of lbc.removed) {
    t.true(r.end > r.start && r.end <= text.length);
    t.is(text.slice(r.start, r.end).trim(), text.slice(r.start, r.end));
    t.true(r.reason.length > 0);
  }
  t.true(lbc.removed.some((r) => r.role === 'byline' && text.slice(r.start, r.end) === 'By EJ Ward'));
});

test('strip of one file without --jsonl prints its body as plain text; stripping that again removes nothing', async (t) => {
  const io = memoryIO();
  t.is(await main(['strip', 'corpus/sky-news/wallace-nato.txt'], io), 0);
  t.false(io.out.includes('Articles You May Like'));
  t.true(io.out.startsWith('The UK’s defence secretary'));
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-strip-'));
  const file = path.join(dir, 'stripped.txt');
  writeFileSync(file, io.out);
  const again = memoryIO();
  t.is(await main(['strip', file, '--jsonl'], again), 0);
  const line = JSON.parse(again.out) as StripLine;
  t.deepEqual(line.removed, []);
  t.is(`${line.body}\n`, io.out);
});

test('strip without --jsonl on several documents is a usage error naming the fix', async (t) => {
  const io = memoryIO();
  t.is(await main(['strip', 'corpus'], io), 2);
  t.regex(io.err, /--jsonl/);
});
