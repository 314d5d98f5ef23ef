import test from 'ava';
import * as api from '../src/index.js';

test('the public API exports the documented verbs', (t) => {
  for (const name of ['scanCorpus', 'scanArticles', 'compareFiles', 'prepareDocument', 'loadArticles', 'cleanArticle', 'learnProfiles', 'analyzeText', 'splitSentences', 'tokenize', 'selectAnchors', 'CandidateIndex', 'alignDocs', 'comparePair', 'inferDirection', 'detectCredit', 'buildClusters', 'InputError']) {
    t.true(name in api, `${name} is exported`);
  }
});

test('the public API exports provenance, story trees and the report formatters', (t) => {
  for (const name of ['assessPair', 'refineProvenance', 'applyProvenance', 'derivationTree', 'formatHtml', 'formatMarkdown', 'formatSummary']) {
    t.true(name in api, `${name} is exported`);
  }
});
