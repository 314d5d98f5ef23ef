import test from 'ava';
import * as api from '../src/index.js';

test('the public API exports the documented verbs', (t) => {
  for (const name of ['scanCorpus', 'scanArticles', 'compareFiles', 'prepareDocument', 'loadArticles', 'cleanArticle', 'learnProfiles', 'analyzeText', 'splitSentences', 'tokenize', 'selectAnchors', 'CandidateIndex', 'alignDocs', 'comparePair', 'inferDirection', 'detectCredit', 'buildClusters', 'InputError']) {
    t.true(name in api, `${name} is exported`);
  }
});
