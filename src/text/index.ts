/** The text stage: sentences, tokens and shingles with offsets into the text as read. */
export { analyzeText } from './analyze-text.js';
export { splitSentences } from './sentences.js';
export { tokenize, normalizeWord, isUnspacedScript } from './tokenize.js';
export { hashWord, hashShingle, shingleHashes, mix32 } from './hash.js';
export { STOPWORDS } from './constants.js';
export { contentWord } from './content-word.js';
