/**
 * Publisher names: one normaliser so that a source directory (`the-sun`, `sky-news`), a
 * display name ("The Sun", "Sky News"), a domain (`thesun.co.uk`) and a name found in
 * article text ("told The Sun's political editor") compare equal.
 */

/** Known publishers whose names vary more than the normaliser can see. Key → aliases (already normalised keys). */
const ALIASES: readonly (readonly string[])[] = [
  ['pa', 'pamedia', 'pressassociation', 'panewsagency', 'pawire'],
  ['ap', 'associatedpress', 'apnews'],
  ['afp', 'agencefrancepresse'],
  ['reuters', 'thomsonreuters'],
  ['bbc', 'bbcnews', 'bbcradio4', 'bbconline'],
  ['dailymail', 'mail', 'mailonline', 'mailonsunday'],
  ['guardian', 'observer'],
  ['ft', 'financialtimes'],
  ['wsj', 'wallstreetjournal'],
  ['nyt', 'newyorktimes', 'nytimes'],
  ['itv', 'itvnews'],
  ['sky', 'skynews'],
  ['telegraph', 'dailytelegraph'],
  ['express', 'dailyexpress'],
  ['mirror', 'dailymirror'],
];

/** Words that do not distinguish one publisher from another ("The Sun", "Sky News", "Reuters Online"). */
const GENERIC_WORDS = new Set(['the', 'news', 'online', 'com', 'co', 'uk', 'org', 'net', 'www', 'media', 'magazine', 'newspaper', 'website', 'digital']);

/** Names of wire agencies: a bare mention of one in a copy credits it. */
export const WIRE_AGENCIES: ReadonlySet<string> = new Set(['pa', 'ap', 'afp', 'reuters', 'bloomberg', 'dpa', 'ansa', 'efe']);

const aliasOf = new Map<string, string>();
for (const group of ALIASES) for (const name of group) aliasOf.set(name, group[0]!);

/** Splits a name into lower-case ASCII words, dropping a possessive and a domain suffix. */
export function nameWords(name: string): string[] {
  let text = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  text = text.replace(/^https?:\/\//, '');
  const slash = text.indexOf('/');
  if (slash >= 0) text = text.slice(0, slash);
  text = text.replace(/['’]s\b/g, '');
  text = text.replace(/\.(?:co\.uk|com|org|net|co|uk|ie|au|us)$/, '');
  return text.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/**
 * The keys a publisher name normalises to: words without generic ones ("the", "news"),
 * joined without spaces, mapped through the alias table; also the form that keeps the
 * generic words, so "Sky News" ≡ `sky-news` ≡ "Sky" and `thesun` ≡ "The Sun".
 */
export function publisherKeys(name: string | null | undefined): ReadonlySet<string> {
  const keys = new Set<string>();
  if (!name) return keys;
  const words = nameWords(name);
  if (words.length === 0) return keys;
  const add = (key: string): void => {
    if (key.length === 0) return;
    keys.add(aliasOf.get(key) ?? key);
  };
  const distinctive = words.filter((w) => !GENERIC_WORDS.has(w));
  add(distinctive.join(''));
  add(words.join(''));
  const compact = words.join('');
  if (compact.startsWith('the') && compact.length > 5) add(compact.slice(3));
  return keys;
}

/** True when two publisher names denote the same publisher. */
export function samePublisher(x: string | null | undefined, y: string | null | undefined): boolean {
  const kx = publisherKeys(x);
  if (kx.size === 0) return false;
  for (const key of publisherKeys(y)) if (kx.has(key)) return true;
  return false;
}

/**
 * True when some run of consecutive words of `name` (a name found in text, which may run
 * on: "The Sun's political editor", "Yesterday Sky News") names `publisher`.
 */
export function nameMentions(name: string, publisher: string | null | undefined): boolean {
  const target = publisherKeys(publisher);
  if (target.size === 0) return false;
  const words = nameWords(name);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + 6); j++) {
      for (const key of publisherKeys(words.slice(i, j).join(' '))) if (target.has(key)) return true;
    }
  }
  return false;
}

const ACRONYMS = new Set(['lbc', 'bbc', 'itv', 'pa', 'ap', 'afp', 'cnn', 'ft', 'wsj', 'nyt', 'uk', 'us', 'abc', 'nbc', 'cbs', 'rte', 'gb', 'dpa', 'efe', 'ansa', 'npr', 'pbs', 'cbc']);

/** A readable form of a publisher id for an editor: `sky-news` → "Sky News", `lbc` → "LBC"; names with capitals are kept. */
export function displayPublisher(name: string | null | undefined): string {
  if (!name) return 'an unknown publisher';
  if (/[A-Z]/.test(name)) return name;
  return name
    .split(/[-_\s]+/)
    .filter((w) => w.length > 0)
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

/** True when `words` (a name from text) looks like the name of a news outlet, for listing third-party mentions. */
export function looksLikeOutlet(name: string): boolean {
  const words = nameWords(name);
  if (words.some((w) => aliasOf.has(w) || WIRE_AGENCIES.has(w))) return true;
  return /\b(?:News|Times|Post|Journal|Mail|Telegraph|Guardian|Economist|Herald|Express|Mirror|Press|Radio|TV|Magazine|Gazette|Tribune|Standard|Independent|Observer|Sun|Star|Record|Chronicle|Daily|BBC|CNN|ITV|LBC|Politico|Bloomberg|Reuters)\b/.test(name);
}
