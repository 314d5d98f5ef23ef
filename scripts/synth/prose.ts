/**
 * Long-form narrative prose for PAN-like documents (PAN's text-alignment corpora are built
 * from books). Sentences are composed from phrase templates over large word lists, so two
 * generated documents share no long word sequence by chance, just as two unrelated books
 * do not; only what the generator copies on purpose is shared.
 */
import type { Rng } from './rng.js';

const NOUNS = `river valley harbour lantern carriage orchard cottage letter window meadow
village stranger captain doctor widow merchant sailor farmer soldier servant garden bridge
mill tower chapel market forest hill road station kitchen parlour staircase corridor cellar
candle mirror portrait clock trunk basket blanket coat bonnet boots saddle horse dog cattle
storm winter summer evening morning fog frost rain wind moon star shadow silence voice
whisper laughter quarrel promise secret fortune debt inheritance wedding funeral journey
voyage shipwreck lighthouse inn tavern landlord uncle cousin nephew daughter brother sister
nurse clerk lawyer magistrate vicar schoolmaster painter musician fiddle song hymn prayer
book newspaper map compass telescope lamp fire hearth chimney roof gate fence hedge field
barn harvest wheat barley apple pear plum cherry rose violet ivy oak elm willow birch`.split(/\s+/);

const ADJECTIVES = `old quiet narrow broad crooked silent weary cheerful anxious gloomy bright
pale crimson golden grey dusty muddy frozen distant familiar strange curious solemn gentle
stern careless restless patient honest proud humble clever foolish bitter tender shabby
elegant ancient modern hollow heavy slender sturdy gloomy damp warm chilly lonely crowded
forgotten hidden ruined polished faded scarlet copper silver wooden marble`.split(/\s+/);

const VERBS_PAST = `watched crossed carried opened closed followed remembered discovered
noticed mended painted buried wrapped lifted dragged shouted whispered answered questioned
admired doubted feared trusted borrowed returned examined described abandoned visited
searched guarded welcomed refused accepted forgot promised repaired sketched counted
gathered scattered polished sold bought hid found lost named praised blamed`.split(/\s+/);

const ADVERBS = `slowly quietly suddenly carefully eagerly gravely briskly softly
reluctantly cheerfully patiently nervously proudly stubbornly idly wearily`.split(/\s+/);

const PREPOSITIONS = ['beyond', 'across', 'behind', 'near', 'under', 'beside', 'along', 'inside', 'outside', 'above', 'below', 'past', 'towards'];

const TIME_WORDS = ['winter', 'morning', 'evening', 'storm', 'funeral', 'harvest', 'wedding', 'journey', 'spring', 'autumn', 'night', 'dawn'];

const NAMES = `Abel Agatha Barnaby Beatrice Cornelius Dorothea Ebenezer Eliza Fennimore
Gwendolen Horatio Isadora Jasper Josephine Lavinia Matthias Nathaniel Ophelia Percival
Rosamund Silas Tabitha Ulysses Winifred`.split(/\s+/);

type Part = (rng: Rng) => string;
const np: Part = (r) => `the ${r.chance(0.6) ? r.pick(ADJECTIVES) + ' ' : ''}${r.pick(NOUNS)}`;
const subject: Part = (r) => (r.chance(0.35) ? r.pick(NAMES) : np(r));
const place: Part = (r) => `${r.pick(PREPOSITIONS)} ${np(r)}`;
const time: Part = (r) => `${r.pick(['after', 'before', 'during', 'since'])} the ${r.pick(ADJECTIVES)} ${r.pick(TIME_WORDS)}`;

const TEMPLATES: Part[] = [
  (r) => `${subject(r)} ${r.pick(VERBS_PAST)} ${np(r)} ${place(r)}`,
  (r) => `${time(r)}, ${subject(r)} ${r.pick(ADVERBS)} ${r.pick(VERBS_PAST)} ${np(r)}`,
  (r) => `${subject(r)} ${r.pick(VERBS_PAST)} ${np(r)}, and ${subject(r)} ${r.pick(VERBS_PAST)} ${np(r)} ${place(r)}`,
  (r) => `${subject(r)} had ${r.pick(VERBS_PAST)} ${np(r)} ${time(r)}`,
  (r) => `${place(r)}, ${subject(r)} ${r.pick(VERBS_PAST)} ${np(r)} ${r.pick(ADVERBS)}`,
  (r) => `"${capital(np(r))} is ${r.pick(ADJECTIVES)}," said ${r.pick(NAMES)}, who ${r.pick(VERBS_PAST)} ${np(r)}`,
  (r) => `when ${subject(r)} ${r.pick(VERBS_PAST)} ${np(r)}, ${subject(r)} ${r.pick(ADVERBS)} ${r.pick(VERBS_PAST)} ${np(r)} ${place(r)}`,
  (r) => `${np(r)} ${place(r)} ${r.pick(['seemed', 'looked', 'grew', 'became'])} ${r.pick(ADJECTIVES)}, but ${subject(r)} ${r.pick(VERBS_PAST)} ${np(r)}`,
];

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One sentence of narrative prose. */
export function proseSentence(rng: Rng): string {
  return capital(rng.pick(TEMPLATES)(rng)) + '.';
}

/** Paragraphs of narrative prose: `paragraphs` of 3–8 sentences each. */
export function proseParagraphs(rng: Rng, paragraphs: number): string[][] {
  const out: string[][] = [];
  for (let p = 0; p < paragraphs; p++) {
    const para: string[] = [];
    for (let k = rng.int(3, 8); k > 0; k--) para.push(proseSentence(rng));
    out.push(para);
  }
  return out;
}
