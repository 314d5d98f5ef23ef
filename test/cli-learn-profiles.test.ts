/**
 * `wiretrace learn` → profiles.json → `wiretrace profiles show` and `strip --profiles`, end to
 * end on a small generated corpus.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { main } from '../src/cli/main.js';
import { generateTemplateCorpus } from '../scripts/gen-template-corpus.js';
import { memoryIO } from './helpers/memory-io.js';

test('learn writes profiles; profiles show lists them with story counts; strip --profiles uses them', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-learn-'));
  const corpus = path.join(dir, 'corpus');
  for (const s of generateTemplateCorpus(6, 5)) {
    mkdirSync(path.join(corpus, path.dirname(s.article.id)), { recursive: true });
    writeFileSync(path.join(corpus, s.article.id), s.article.text);
  }
  const file = path.join(dir, 'profiles.json');
  const learn = memoryIO();
  t.is(await main(['learn', corpus, '--out', file], learn), 0);
  t.regex(learn.err, /learned templates of 4 sources from 24 documents/);
  const profiles = JSON.parse(readFileSync(file, 'utf8'));
  t.is(profiles.version, 1);
  t.deepEqual(Object.keys(profiles.sources).sort(), ['chronicle', 'courier', 'gazette', 'herald']);

  const show = memoryIO();
  t.is(await main(['profiles', 'show', file], show), 0);
  t.regex(show.out, /^chronicle: 6 stories, \d+ templates/m);
  t.regex(show.out, /tail\s+in 6 of 6\s+"Courier picks"/);

  const strip = memoryIO();
  t.is(await main(['strip', path.join(corpus, 'courier/000.txt'), '--profiles', file], strip), 0);
  t.false(strip.out.includes('Courier picks'));
  t.false(strip.out.includes('Tap to hear this story'));
  t.regex(strip.out, /\.\n/);

  const bad = memoryIO();
  t.is(await main(['profiles', 'show', path.join(dir, 'missing.json')], bad), 2);
  t.regex(bad.err, /wiretrace learn/);
});
