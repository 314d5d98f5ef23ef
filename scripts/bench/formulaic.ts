/**
 * The formulaic corpus (`--formulaic`, issue 19): news written the way court, police,
 * council, markets and sports copy is written. On top of the ordinary corpus:
 * - stock sentences, word for word the same in many unrelated stories ("The investigation
 *   is ongoing.");
 * - templated sentences, the same words around other names, numbers and dates in every
 *   story that uses them ("Ledo, 34, of Harmon, pleaded guilty to the charge and was
 *   remanded in custody until Friday.");
 * - events covered independently by several outlets: the same names, the same figures and
 *   the same official quote, in their own words.
 * None of these is reuse; the truth lists only the copies the generator makes.
 */
import type { Rng } from './rng.js';
import { WEEKDAYS, type Vocabulary } from './vocabulary.js';

/** Sentences that recur word for word across unrelated stories. */
export const STOCK_SENTENCES: readonly string[] = [
  'The investigation is ongoing and anyone with information is asked to contact police.',
  'No arrests have been made and inquiries are continuing.',
  'The council said it would not be commenting further while the matter was under review.',
  'A spokesperson for the force said officers were keeping an open mind about the cause.',
  'The case was adjourned and bail was granted on condition that he lives and sleeps at his home address.',
  'He was told that all sentencing options, including custody, remained open.',
  'The FTSE 100 closed slightly higher as investors awaited the latest inflation figures.',
  'Sterling was little changed against the dollar and the euro in afternoon trading.',
  'The Met Office has issued a yellow weather warning covering much of the region.',
  'Motorists are advised to allow extra time for their journeys and to check before they travel.',
  'Emergency services were called to the scene shortly after the alarm was raised.',
  'The road was closed for several hours while collision investigators examined the scene.',
  'Both teams will be back in action next weekend as the season enters its final stretch.',
  'The manager said he was proud of the way his players had responded after the break.',
  'Tickets are available from the box office and online, with concessions for under-16s.',
  'The planning application will be considered by the committee at a meeting later this month.',
  'Residents have until the end of the month to submit their comments on the proposals.',
  'A post-mortem examination will be carried out to establish the cause of death.',
  'The family has been informed and is being supported by specially trained officers.',
  'The company said the results were in line with its expectations for the full year.',
  'Analysts had expected a smaller rise, according to a poll of economists.',
  'The hospital trust said it had seen a significant increase in demand over the winter.',
  'The school was rated good in all areas at its most recent inspection.',
  'The charity relies on donations from the public to continue its work.',
];

/**
 * Templates: `{name}`, `{name2}`, `{n}` (a small number), `{big}` (a large number), `{pct}`
 * (a percentage), `{day}`, `{place}`, `{org}` are filled per use.
 */
export const TEMPLATES: readonly string[] = [
  '{name} {name2}, {n}, of {place}, pleaded guilty to the charge and was remanded in custody until {day}.',
  '{name} {name2}, {n}, of {place}, denied the charge and will stand trial at the crown court on {day}.',
  '{name} {name2}, {n}, was jailed for {n} months at {place} Crown Court on {day}.',
  'Magistrates in {place} fined {name} {name2} {big} pounds and ordered him to pay {n} pounds costs.',
  'Police were called to {place} Road at about {n}pm on {day} following reports of a disturbance.',
  'A {n}-year-old man from {place} has been arrested on suspicion of burglary and remains in custody.',
  'Officers from {org} Police are appealing for witnesses to contact them quoting incident number {big}.',
  'House prices in {place} rose {pct} per cent in the past 12 months, according to local records.',
  'Unemployment in {place} fell to {pct} per cent in the three months to {day}, according to official figures.',
  'Shares in {org} rose {pct} per cent to {big} pence in early trading on {day}.',
  'Shares in {org} fell {pct} per cent to {big} pence after the company issued a profit warning.',
  '{org} reported pre-tax profits of {big} million pounds, up {pct} per cent on the previous year.',
  'The {org} index closed up {pct} per cent at {big} points on {day}.',
  '{org} won {n}-{n} at home to {place} on {day}, with {name} scoring twice in the second half.',
  '{name} {name2} scored after {n} minutes to give {org} the lead against {place}.',
  'The crowd of {big} was the largest at the ground since the club moved there.',
  '{place} Council will spend {big} pounds on road repairs over the next {n} years.',
  'Councillors in {place} voted by {n} votes to {n} to approve the plans on {day}.',
  'The fire at the property in {place} was put out by {n} crews shortly after {n}am on {day}.',
  'A spokesperson for {org} said: "We are aware of the incident and are assisting the authorities with their enquiries."',
  '"Our thoughts are with the family of {name} {name2} at this difficult time," a spokesperson for {org} said.',
  'Temperatures in {place} are expected to reach {n} degrees on {day} before turning cooler.',
  'The {org} exchange rate stood at {pct} against the dollar at the close on {day}.',
  '{name} {name2}, who led the inquiry, said {n} people had given evidence over {n} weeks.',
];

/** An event: what every outlet covering it shares without copying. */
export interface EventFacts {
  readonly place: string;
  readonly org: string;
  readonly figures: readonly string[];
  /** The official statement, quoted by every outlet that quotes it. */
  readonly quote: string;
}

/** Share of a formulaic body's sentences that are stock or templated. */
export const FORMULA_SHARE = 0.3;
/** Of those, the share that are stock sentences (the rest are templates). */
export const STOCK_OF_FORMULA = 0.35;
/** Chance that an outlet covering an event quotes its official statement. */
export const QUOTE_CHANCE = 0.7;
/** Chance per ordinary sentence that it carries one of the event's figures. */
export const FIGURE_CHANCE = 0.2;

/** The facts of a new event (names come with the story). */
export function makeEventFacts(r: Rng, vocab: Vocabulary, names: readonly string[]): EventFacts {
  const figures = Array.from({ length: 3 + r.int(3) }, () => String(r.chance(0.5) ? 2 + r.int(98) : 100 + r.int(100000)));
  const words = Array.from({ length: 14 + r.int(10) }, () => vocab.word(r));
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  const speaker = names[r.int(names.length)]!;
  return {
    place: vocab.name(r),
    org: vocab.name(r),
    figures,
    quote: `“${words.join(' ')},” said ${speaker}, a spokesperson for ${vocab.name(r)}.`,
  };
}

/** A stock or templated sentence, its slots filled at random (unrelated to the story). */
export function formulaicSentence(r: Rng, vocab: Vocabulary): string {
  if (r.chance(STOCK_OF_FORMULA)) return r.pick(STOCK_SENTENCES);
  return r.pick(TEMPLATES).replace(/\{(name2?|n|big|pct|day|place|org)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'n':
        return String(2 + r.int(60));
      case 'big':
        return (100 + r.int(99900)).toLocaleString('en-GB');
      case 'pct':
        return `${r.int(12)}.${r.int(10)}`;
      case 'day':
        return r.pick(WEEKDAYS);
      default:
        return vocab.name(r);
    }
  });
}
