/**
 * What learning templates from a sample of each source (PROFILE_SAMPLE_STORIES stories,
 * the smallest ids) costs in quality, against learning from every story:
 *
 * 1. the generated template corpus (`gen-template-corpus.ts`, labelled lines) with many
 *    stories per source: template lines left in bodies, syndicated paragraphs removed;
 * 2. optionally a real or benchmark corpus (DIR): per sample size, the templates that
 *    differ from full learning and the documents whose clean verdict (body spans) differs.
 *
 *   node dist/scripts/eval-profile-sample.js [--per-source 600] [--sizes 50,100,150,250] [DIR]
 */
import { pathToFileURL } from 'node:url';
import { cleanArticle, learnProfiles, type ProfileSet } from '../src/clean/index.js';
import { PROFILE_SAMPLE_STORIES } from '../src/clean/constants.js';
import { splitLines } from '../src/clean/lines.js';
import { loadArticles } from '../src/ingest/index.js';
import type { Article } from '../src/types.js';
import { generateTemplateCorpus, type GeneratedStory } from './gen-template-corpus.js';

/** Template lines kept as body and syndicated lines removed, over labelled stories. */
function labelledErrors(stories: readonly GeneratedStory[], profiles: ProfileSet): { templateLeft: number; templates: number; syndicatedRemoved: number; syndicated: number } {
  const out = { templateLeft: 0, templates: 0, syndicatedRemoved: 0, syndicated: 0 };
  for (const s of stories) {
    const body = new Set(cleanArticle(s.article, profiles).body.map((b) => b.start));
    splitLines(s.article.text).forEach((line, i) => {
      const label = s.labels[i];
      if (label === 'template') {
        out.templates++;
        if (body.has(line.start)) out.templateLeft++;
      } else if (label === 'syndicated') {
        out.syndicated++;
        if (!body.has(line.start)) out.syndicatedRemoved++;
      }
    });
  }
  return out;
}

/** Templates (kind and key) per source, as a set of strings. */
function templateKeys(profiles: ProfileSet): Set<string> {
  const keys = new Set<string>();
  for (const [name, p] of Object.entries(profiles.sources)) for (const t of p.templates) keys.add(`${name}\t${t.kind}\t${t.key}`);
  return keys;
}

function bodyKey(article: Article, profiles: ProfileSet): string {
  return cleanArticle(article, profiles)
    .body.map((b) => `${b.start}-${b.end}`)
    .join(',');
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const perSource = Number(arg('--per-source') ?? 600);
  const sizes = (arg('--sizes') ?? `50,100,150,${PROFILE_SAMPLE_STORIES}`).split(',').map(Number);
  const dir = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
  const w = (s: string): boolean => process.stdout.write(`${s}\n`);

  for (const seed of [1, 2, 3]) {
    const corpus = generateTemplateCorpus(perSource, seed);
    const articles = corpus.map((s) => s.article);
    w(`template corpus, seed ${seed}: 4 sources × ${perSource} stories`);
    for (const size of [...sizes, Infinity]) {
      const e = labelledErrors(corpus, learnProfiles(articles, size));
      w(`  sample ${String(size).padStart(8)}: template lines left ${e.templateLeft} of ${e.templates}; syndicated removed ${e.syndicatedRemoved} of ${e.syndicated}`);
    }
  }

  if (dir) {
    const { articles } = await loadArticles([dir]);
    const full = learnProfiles(articles, Infinity);
    const fullKeys = templateKeys(full);
    const fullBodies = articles.map((a) => bodyKey(a, full));
    w(`${dir}: ${articles.length} articles, ${Object.keys(full.sources).length} profiles, ${fullKeys.size} templates learned from every story`);
    for (const size of sizes) {
      const profiles = learnProfiles(articles, size);
      const keys = templateKeys(profiles);
      const missing = [...fullKeys].filter((k) => !keys.has(k));
      const extra = [...keys].filter((k) => !fullKeys.has(k));
      let differ = 0;
      articles.forEach((a, i) => (differ += bodyKey(a, profiles) !== fullBodies[i] ? 1 : 0));
      w(`  sample ${String(size).padStart(5)}: templates missing ${missing.length}, extra ${extra.length}; documents whose body differs ${differ} of ${articles.length}`);
      for (const k of [...missing.slice(0, 4), ...extra.slice(0, 4)]) w(`      ${missing.includes(k) ? '-' : '+'} ${k.replace(/\t/g, ' | ').slice(0, 120)}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
