/** Thresholds and word lists of the text stage. */

/** Longest sentence kept whole. Characters; unpunctuated dumps are cut at a space so sentence-level work stays bounded. */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * Abbreviations (lower case, without the final dot) after which a full stop does not end
 * a sentence: titles, ranks, corporate suffixes, months, and dotted forms such as U.S.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'hon', 'gen', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'cpl', 'pte', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'det',
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'dept',
  'est', 'fig', 'vol', 'ed', 'eds', 'op', 'cf', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'mt', 'ft', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m',
  'p.m', 'u.s.a', 'd.c', 'ph.d', 'b.a', 'm.a',
]);

/** Words that commonly open a sentence: after a dotted abbreviation ("the U.S. The…") they mark a new sentence. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At',
  'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Their', 'Its', 'Our', 'However', 'Mr',
  'Mrs', 'Ms', 'Dr', 'As', 'After', 'When', 'If', 'Meanwhile', 'Officials', 'President',
]);

/**
 * English function words. They carry little evidence of reuse on their own, so seeds made
 * only of them are ignored. (A short list on purpose: it is used for weighting, not removal.)
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with',
  'from', 'as', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do',
  'does', 'did', 'it', 'its', "it's", 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'not', 'no', 'so', 'than',
  'then', 'who', 'whom', 'which', 'what', 'when', 'where', 'why', 'how', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'shall', 'also', 'about', 'into', 'over', 'after',
  'before', 'up', 'down', 'out', 'said', 'says', 'mr', 'mrs', 'ms', 's', 'him', 'them', 'us', 'me',
  'all', 'any', 'some', 'one', 'more', 'most', 'just', 'only', 'very', 'such', 'while', 'because',
]);
