/**
 * A small on-disk corpus for archive and check tests: an archive directory of generated
 * articles and an incoming directory with a whole copy, a partial copy, an unrelated
 * article, and a hostile one (markup, terminal escapes, XML-breaking characters) that
 * copies a hostile archived passage.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateArticles, writeArticles } from '../../scripts/gen-articles.js';

/** Paths of a test corpus. */
export interface TestCorpus {
  readonly dir: string;
  readonly archive: string;
  readonly incoming: string;
  /** Archived article ids the incoming copies were made from. */
  readonly sources: { readonly whole: string; readonly partial: string; readonly hostile: string };
}

/** The hostile paragraph: HTML, a terminal escape, XML-illegal control characters, a lone surrogate, Markdown. */
export const HOSTILE_PARAGRAPH =
  'Officials said <script>alert("x")</script> the plan & its ]]> costs were "unclear" \u001b[31mred\u001b[0m today, ' +
  'adding that [a link](javascript:alert(1)) and **bold** claims \u0007 about the \ud800 budget would be reviewed next week by the committee.';

/** Writes the test corpus into a new temp directory. */
export function makeTestCorpus(): TestCorpus {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-corpus-'));
  const archive = path.join(dir, 'archive');
  const incoming = path.join(dir, 'incoming');
  mkdirSync(incoming, { recursive: true });
  const arts = generateArticles(30, { seed: 3, partialShare: 0, wholeShare: 0 });
  writeArticles(archive, arts);
  const fresh = generateArticles(4, { seed: 99, partialShare: 0, wholeShare: 0 });
  const paras = (i: number) => arts[i]!.text.split('\n\n');
  const freshParas = (i: number) => fresh[i]!.text.split('\n\n');

  writeFileSync(path.join(incoming, 'whole.txt'), `A new headline for a copied story\n\n${paras(4).slice(1).join('\n\n')}`);
  const fp = freshParas(0);
  writeFileSync(path.join(incoming, 'partial.txt'), [fp[0], fp[1], paras(7)[2], fp[2], fp[3], fp[4]].join('\n\n'));
  writeFileSync(path.join(incoming, 'clean.txt'), fresh[1]!.text);

  const hostileArchived = [freshParas(2)[0], HOSTILE_PARAGRAPH, ...freshParas(2).slice(1)].join('\n\n');
  mkdirSync(path.join(archive, 'source-x'), { recursive: true });
  writeFileSync(path.join(archive, 'source-x', 'hostile.txt'), hostileArchived);
  const fq = freshParas(3);
  writeFileSync(path.join(incoming, 'a&b<c>.txt'), [fq[0], fq[1], HOSTILE_PARAGRAPH, fq[2], fq[3], fq[4]].join('\r\n\r\n'));
  const page = freshParas(1).slice(0, 3).concat(paras(10).slice(1, 4));
  writeFileSync(
    path.join(incoming, 'page.html'),
    `<!doctype html><html><head><title>A page</title></head><body><nav><a href="/">Home</a></nav><article><h1>A page</h1>${page.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  return { dir, archive, incoming, sources: { whole: arts[4]!.id, partial: arts[7]!.id, hostile: 'source-x/hostile.txt' } };
}
