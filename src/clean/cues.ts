/**
 * Cue phrases: the words that page furniture opens with or consists of. All cues live in
 * this one table (as Readability keeps its regexes in one table). Matching is by lower-case
 * words, joined by single spaces, looked up in hash maps: no regexes, no backtracking.
 */
import type { LineRole } from '../types.js';
import { firstLowerWord, type TextFeatures } from './features.js';

/** How a cue matches a line. */
export type CueKind =
  /** The whole line is the label ("Listen to this article"). */
  | 'label'
  /** The line starts with it ("Read more: …"). */
  | 'prefix'
  /** A tail marker: after it the rest of the page may be teasers ("More Latest News"). */
  | 'tail';

/** One cue phrase and the role it suggests. */
export interface Cue {
  readonly phrase: string;
  readonly kind: CueKind;
  readonly role: Exclude<LineRole, 'body'>;
  /** Plain words for the reason: what this furniture is. */
  readonly what: string;
}

const label = (role: Cue['role'], what: string, phrases: string): Cue[] =>
  phrases.split('|').map((phrase) => ({ phrase, kind: 'label', role, what }));
const prefix = (role: Cue['role'], what: string, phrases: string): Cue[] =>
  phrases.split('|').map((phrase) => ({ phrase, kind: 'prefix', role, what }));
const tail = (phrases: string): Cue[] =>
  phrases.split('|').map((phrase) => ({ phrase, kind: 'tail', role: 'teaser', what: 'a tail marker' }));

/** The cue table. Phrases are lower-case words separated by single spaces. */
export const CUES: readonly Cue[] = [
  ...label('widget', 'an audio player label', 'listen to this article|loading audio|listen|listen to article|audio'),
  ...label(
    'widget',
    'a video player notice',
    'please use chrome browser for a more accessible video player|loading video|watch|video|play video|watch video|this video can not be played|please enable javascript to watch this video',
  ),
  ...label(
    'widget',
    'a sharing or account widget',
    'share|share this article|share this|share on facebook|share on twitter|tweet|email|print|comments|comment|sign in|log in|login|sign up|subscribe|register|follow|follow us|advertisement|advert|sponsored|skip to content|skip to main content|menu|search|close|copy link|copied|save|cookie settings|accept cookies|back to top|top|home|next|previous|show more|load more|see more|view comments|leave a comment|add comment|newsletter',
  ),
  ...label('widget', 'a wire end marker', 'end|ends|more|mf|mfl'),
  ...prefix('widget', "a wire service's note to the desks", 'memo to|corrected repetition|corrected version|attention news editors|attention editors|advisory to|embargoed|not for publication|note to editors|editors note'),
  ...label('byline', 'a byline label', 'by|words by|written by|author|authors'),
  ...label('widget', 'a page-furniture notice', 'media playback is unsupported on your device|continue reading below|story continues below|story continues below advertisement|continue reading|article continues below|advertisement continues below|click to tweet|scroll to continue|all rights reserved'),
  ...prefix('credit', 'a picture credit', 'image copyright|copyright|photo copyright|picture copyright|image source|photo source'),
  ...prefix('caption', 'a picture caption', 'image caption|media caption|photo caption|picture caption'),
  ...prefix('promo', "a 'Read more' promo link", 'read more|read also|also read|see also|related|watch more|more on|read next|recommended|sponsored|click here|sign up|subscribe to|follow us'),
  ...prefix('widget', 'a sharing widget', 'share this|share on|follow'),
  ...prefix('credit', 'a photo credit', 'picture|pictures|photo|photograph|image|image credit|photo credit|credit|getty images'),
  ...tail(
    'articles you may like|more latest news|latest news|most read|most read in|most popular|more stories|more news|related articles|related stories|related news|related content|related|you may also like|you might also like|recommended|recommended for you|recommended stories|trending|trending now|read next|what to read next|top stories|more from|more in|more on this story|in other news|around the web|from around the web|more to explore|editor s picks|editors picks|popular|popular now|latest|latest stories|see more|see also|elsewhere',
  ),
  // The same markers in the benchmark's other languages (pt, es, fr, de, ru).
  ...tail(
    'você pode gostar|você também pode gostar|veja também|leia também|leia mais|mais lidas|te puede interesar|también te puede interesar|lee también|lo más leído|noticias relacionadas|à lire aussi|lire aussi|vous aimerez aussi|sur le même sujet|les plus lus|das könnte sie auch interessieren|mehr zum thema|weitere artikel|meistgelesen|читайте также|похожие статьи|самое читаемое',
  ),
  // The English sharing, account, advert and promo labels above, as the same buttons read in
  // the other languages of the dev sets (de, pl, es, fr, pt, it; issue 17: most pages of the
  // trafilatura set are German). Translations of the English entries, not lines read off
  // the dev pages: whole-line labels and promo prefixes only, none a common sentence opening.
  ...label(
    'widget',
    'a sharing or account widget',
    'teilen|jetzt teilen|artikel teilen|beitrag teilen|seite teilen|drucken|artikel drucken|seite drucken|rezept drucken|kommentare|kommentar|kommentieren|kommentar schreiben|anmelden|einloggen|registrieren|abonnieren|jetzt abonnieren|newsletter abonnieren|folgen|folgen sie uns|anzeige|werbung|zum inhalt springen|suche|schließen|nach oben|zurück|vorheriger artikel|nächster artikel|mehr anzeigen|mehr laden|merken|link kopieren|cookie einstellungen|alle akzeptieren|startseite|pinnen' +
      '|udostępnij|drukuj|komentarze|skomentuj|zaloguj się|zarejestruj się|subskrybuj|obserwuj|reklama|szukaj|zamknij|pokaż więcej|zobacz więcej|strona główna' +
      '|compartir|imprimir|comentarios|comentar|iniciar sesión|registrarse|suscríbete|síguenos|publicidad|buscar|cerrar|siguiente|anterior|ver más|cargar más|inicio' +
      '|partager|imprimer|commentaires|commenter|se connecter|connexion|abonnez vous|suivez nous|publicité|rechercher|fermer|suivant|précédent|voir plus|accueil' +
      '|compartilhar|partilhar|comentários|assine|siga nos|publicidade|pesquisar|fechar|próximo|ver mais|início' +
      '|condividi|stampa|commenti|accedi|iscriviti|abbonati|seguici|pubblicità|cerca|chiudi|successivo|precedente',
  ),
  ...prefix(
    'promo',
    "a 'Read more' promo link",
    'weiterlesen|mehr lesen|lesen sie auch|lesen sie mehr|auch interessant|siehe auch|passend zum thema|verwandte artikel|ähnliche artikel' +
      '|czytaj także|czytaj też|czytaj więcej|przeczytaj też|przeczytaj także' +
      '|leer más|ver también|lire la suite|voir aussi|saiba mais|leggi anche|leggi tutto|vedi anche',
  ),
  ...prefix('widget', 'a sharing widget', 'teile diesen beitrag|diesen beitrag teilen|artikel teilen|teilen auf|teilen sie|udostępnij na|compartir en|partager sur|condividi su'),
  ...tail('das könnte dich auch interessieren|das könnte ihnen auch gefallen|das könnte dir auch gefallen|ähnliche beiträge|ähnliche artikel|verwandte artikel|weitere beiträge|zobacz także|zobacz też|polecamy|inne artykuły|artigos relacionados|articoli correlati|potrebbe interessarti|artículos relacionados'),
];

const LABELS = new Map<string, Cue>();
const PREFIXES = new Map<string, Cue>();
const TAILS = new Map<string, Cue>();
for (const cue of CUES) {
  const map = cue.kind === 'label' ? LABELS : cue.kind === 'prefix' ? PREFIXES : TAILS;
  if (!map.has(cue.phrase)) map.set(cue.phrase, cue);
}

/** The longest prefix cue, in words. */
const MAX_PREFIX_WORDS = 4;

/** First words of every cue phrase: a line whose first word is not one of them matches no cue (most lines). */
const FIRST_WORDS = new Set(CUES.map((c) => c.phrase.split(' ')[0]!));
/** The longest cue phrase, in words. */
const MAX_CUE_WORDS = Math.max(...CUES.map((c) => c.phrase.split(' ').length));

/** Whether a line whose first lower-case word is `word` may match a cue (`labelCue`, `prefixCue` and `tailCue` give null for any other line). */
export function isCueFirstWord(word: string | undefined): boolean {
  return word !== undefined && FIRST_WORDS.has(word);
}

/** `isCueFirstWord` of a line's first word, found without its other lower-case words (see `firstLowerWord`). */
export function mayOpenCue(f: TextFeatures): boolean {
  return isCueFirstWord(firstLowerWord(f));
}

/** The cue the whole line is (by its lower-case words), or null. */
export function labelCue(words: readonly string[]): Cue | null {
  if (words.length === 0 || words.length > MAX_CUE_WORDS || !FIRST_WORDS.has(words[0]!)) return null;
  return LABELS.get(words.join(' ')) ?? null;
}

/** The tail marker the line is or starts with ("Most read in The Sun"), or null. */
export function tailCue(words: readonly string[]): Cue | null {
  if (words.length === 0 || !FIRST_WORDS.has(words[0]!)) return null;
  const whole = words.length <= MAX_CUE_WORDS ? TAILS.get(words.join(' ')) : undefined;
  if (whole) return whole;
  for (let k = Math.min(words.length - 1, MAX_PREFIX_WORDS); k >= 2; k--) {
    const cue = TAILS.get(words.slice(0, k).join(' '));
    if (cue) return cue;
  }
  return null;
}

/** The prefix cue the line starts with ("read more" for "Read more: …"), longest first, or null. */
export function prefixCue(words: readonly string[]): Cue | null {
  if (words.length === 0 || !FIRST_WORDS.has(words[0]!)) return null;
  for (let k = Math.min(words.length, MAX_PREFIX_WORDS); k >= 1; k--) {
    const cue = PREFIXES.get(words.slice(0, k).join(' '));
    if (cue) return cue;
  }
  return null;
}

/**
 * "Read this too" labels that open a promo link only when a colon follows them ("Lea
 * también: <headline>", "Auch lesen: …", "Read: …"): alone, several are ordinary words or a
 * name ("Lea"), so the colon is the cue. Translations of the English entries across the
 * dev sets' languages (en, es, de, pl, fr, pt, it), not lines read off the pages.
 */
const COLON_PROMO_LABELS = new Set(
  (
    'read|read more|read also|also read|related|recommended' +
    '|lea|lea también|lea más|lea además|lee|lee también|lee más|vea|vea también|ver también|también lea|también puede leer|también le puede interesar|relacionado|relacionada|relacionadas' +
    '|lesen sie auch|auch lesen|lesen sie|lesen sie hier|lesen sie mehr|siehe auch|zum weiterlesen|weiterlesen|lesetipp|lesetipps|auch interessant' +
    '|czytaj|czytaj też|czytaj także|czytaj więcej|zobacz|zobacz też|zobacz także|przeczytaj też|przeczytaj także' +
    '|lire|lire aussi|à lire|à lire aussi|voir aussi|leia|leia também|leia mais|veja|veja também|leggi|leggi anche'
  ).split('|'),
);
/** The longest COLON_PROMO_LABELS entry, in characters: a longer text before the colon is no such label (and is not lower-cased). */
const MAX_COLON_PROMO_CHARS = Math.max(...[...COLON_PROMO_LABELS].map((p) => p.length));

/** The "read this too" label the line opens with when a colon follows it ("lea también" for "Lea también: …"), or null. */
export function colonPromoLabel(text: string): string | null {
  const colon = text.indexOf(':');
  // A colon that ends the line is a heading's ("Lesen Sie auch:"): the tail and label cues judge it.
  if (colon <= 0 || colon === text.length - 1) return null;
  const label = text.slice(0, colon).trim().toLowerCase();
  return label.length <= MAX_COLON_PROMO_CHARS && COLON_PROMO_LABELS.has(label) ? label : null;
}

/** The word that opens a recipe's ingredients label, in the dev sets' languages (en, de, es, pt, pl, fr, it, nl). */
const INGREDIENT_LABELS = new Set(['ingredients', 'zutaten', 'ingredientes', 'składniki', 'ingrédients', 'ingredienti', 'ingrediënten']);

/** Whether a line's lower-case words open with an ingredients label ("Zutaten für 4 Personen:"). */
export function isIngredientLabel(words: readonly string[]): boolean {
  return words.length > 0 && INGREDIENT_LABELS.has(words[0]!);
}
