/**
 * Story kinds for the synthetic news generator. A story is a set of *facts*; each fact
 * can be written several ways (its variants: real paraphrases with the same names,
 * numbers and quotes). The wire writes one variant of each fact; a paper that rewrites
 * the wire switches to another; an independent reporter covering the same event writes
 * the same facts in its own variants and shares only the quoted words. That is what makes
 * the negatives hard: in the METER corpus, non-derived stories cover the same court case
 * with the same names, numbers and quotes.
 *
 * Template language: `{P:X}` a mention of person X (full form on first mention, short
 * form after, per house style), `{F:X}` always the full form, `{he:X} {He:X} {him:X}
 * {his:X} {His:X}` pronouns, `{age:X} {occ:X} {town:X}`, `{Q:name}` quoted words
 * (shared verbatim by everyone quoting them), and `{slot}` the topic's slots (which may
 * themselves hold templates).
 */
import type { Rng } from './rng.js';
import * as V from './vocab.js';

/** One person in a story. */
export interface Person {
  readonly first: string;
  readonly last: string;
  readonly sex: 'm' | 'f';
  readonly age: number;
  /** Title written before the name on first mention ("Defence Secretary", "Judge"). */
  readonly role: string | null;
  /** Whether later mentions may take "Mr"/"Ms" (false for judges: "Judge Collins"). */
  readonly honorific: boolean;
  /** The prefix of later mentions when not an honorific ("Judge", "Det Insp"). */
  readonly shortTitle: string | null;
  readonly occupation: string;
  readonly town: string;
}

/** One fact of a story and the ways it can be written. */
export interface Fact {
  readonly id: string;
  readonly variants: readonly string[];
  /** Probability that a wire story includes it (1 for the core facts). */
  readonly p: number;
}

/** An event that several outlets report. */
export interface Topic {
  readonly kind: StoryKind;
  readonly people: Readonly<Record<string, Person>>;
  readonly slots: Readonly<Record<string, string>>;
  readonly quotes: Readonly<Record<string, string>>;
  /** The facts of the wire story, in inverted-pyramid order. */
  readonly facts: readonly Fact[];
  /** Facts the wire does not have: what an outlet adds from its own reporting. */
  readonly extras: readonly Fact[];
  readonly headlines: readonly string[];
}

export type StoryKind = 'court' | 'politics' | 'business' | 'incident' | 'showbiz';

export const STORY_KINDS: readonly StoryKind[] = ['court', 'politics', 'business', 'incident', 'showbiz'];

/** Makes a person with a distinct surname. */
function person(rng: Rng, used: Set<string>, role: string | null, opts: Partial<Person> = {}): Person {
  const sex = opts.sex ?? (rng.chance(0.5) ? 'm' : 'f');
  let last: string = rng.pick(V.SURNAMES);
  while (used.has(last)) last = rng.pick(V.SURNAMES);
  used.add(last);
  return {
    first: sex === 'm' ? rng.pick(V.MALE_FIRST) : rng.pick(V.FEMALE_FIRST),
    last,
    sex,
    age: rng.int(19, 71),
    role,
    honorific: true,
    shortTitle: null,
    occupation: rng.pick(V.OCCUPATIONS),
    town: rng.pick(V.TOWNS),
    ...opts,
  };
}

function money(rng: Rng): string {
  if (rng.chance(0.5)) return `£${rng.int(12, 95)},000`;
  return `£${rng.int(1, 9)}.${rng.int(1, 9)} million`;
}

function fact(id: string, p: number, ...variants: string[]): Fact {
  return { id, p, variants };
}

/** Builds a random topic of the given kind. */
export function makeTopic(rng: Rng, kind: StoryKind = rng.pick(STORY_KINDS)): Topic {
  switch (kind) {
    case 'court':
      return courtTopic(rng);
    case 'politics':
      return politicsTopic(rng);
    case 'business':
      return businessTopic(rng);
    case 'incident':
      return incidentTopic(rng);
    case 'showbiz':
      return showbizTopic(rng);
    default:
      throw new Error(`unknown story kind '${String(kind)}' (one of ${STORY_KINDS.join(', ')})`);
  }
}

const CRIMES = [
  {
    charge: 'fraud by abuse of position',
    act: 'stolen {amount} from the {bizType} where {he:D} worked||taken {amount} from {his:D} employer, a {bizType}||siphoned off {amount} while working at the {bizType}',
    victim: 'the owners of the {bizType}',
    noun: 'the fraud',
  },
  {
    charge: 'causing death by dangerous driving',
    act: 'driven at more than {speed}mph on the {road} before the crash that killed {F:V}||caused the death of {F:V} by speeding at {speed}mph along the {road}||been travelling at {speed}mph when {he:D} hit and killed {F:V} on the {road}',
    victim: 'the family of {P:V}',
    noun: 'the crash',
  },
  {
    charge: 'grievous bodily harm with intent',
    act: 'attacked {F:V} outside a pub in {town} leaving {him:V} with a fractured skull||punched and kicked {F:V} in a street in {town}, fracturing {his:V} skull||left {F:V} with a broken skull after a late-night assault in {town}',
    victim: '{P:V}',
    noun: 'the attack',
  },
  {
    charge: 'conspiracy to burgle',
    act: 'targeted {count} homes across {town} and {town2} stealing jewellery and cash worth {amount}||broken into {count} houses in {town} and {town2} and made off with {amount} in cash and jewellery||raided {count} properties in the {town} and {town2} areas, taking valuables worth {amount}',
    victim: 'the householders',
    noun: 'the burglaries',
  },
  {
    charge: 'arson with intent to endanger life',
    act: 'set fire to the home of {F:V} in {town} while {he:V} and {his:V} children were asleep inside||started a blaze at the {town} house of {F:V} as the family slept||poured petrol through the letterbox of {F:V}\'s home in {town} and set it alight',
    victim: '{P:V} and {his:V} family',
    noun: 'the fire',
  },
] as const;

function courtTopic(rng: Rng): Topic {
  const used = new Set<string>();
  const D = person(rng, used, null);
  const V_ = person(rng, used, null);
  const J = person(rng, used, 'Judge', { honorific: false, shortTitle: 'Judge', age: rng.int(50, 68) });
  const PR = person(rng, used, null);
  const DC = person(rng, used, null);
  const W = person(rng, used, 'Detective Inspector', { honorific: false, shortTitle: 'Det Insp' });
  const crime = rng.pick(CRIMES);
  const years = rng.int(2, 12);
  const slots: Record<string, string> = {
    court: rng.pick(V.CROWN_COURTS),
    town: D.town,
    town2: rng.pick(V.TOWNS),
    day: rng.pick(V.WEEKDAYS),
    month: rng.pick(V.MONTHS),
    month2: rng.pick(V.MONTHS),
    month3: rng.pick(V.MONTHS),
    years: years <= 12 ? V.NUMBER_WORDS[years] : String(years),
    amount: money(rng),
    speed: String(rng.int(70, 115)),
    road: `A${rng.int(1, 699)}`,
    count: String(rng.int(11, 40)),
    bizType: rng.pick(['family firm', 'charity', 'care home', 'garage', 'solicitors']),
    charge: crime.charge,
    act: crime.act,
    victims: crime.victim,
    crimeNoun: crime.noun,
    police: rng.pick(V.POLICE_FORCES),
    banMonths: String(rng.int(18, 60)),
    trialDays: String(rng.int(3, 15)),
  };
  const quotes = {
    judge: rng.pick([
      'You showed a complete disregard for the consequences of your actions',
      'This was a sustained and calculated course of conduct which you carried out for your own gain',
      'The harm you have caused cannot be undone and no sentence I pass can make up for it',
      'You have shown very little genuine remorse and you continue to minimise what you did',
    ]),
    victim: rng.pick([
      'Not a day goes by when I do not think about what happened and how it has changed our lives',
      'I trusted this person completely and I feel stupid and ashamed that I did not see it',
      'We will never get back what was taken from us, but at least we can now start to move on',
      'I still cannot sleep properly and I jump every time I hear a noise outside the house',
    ]),
    police: rng.pick([
      'This was a complex investigation and I would like to thank the victims for their courage in coming forward',
      'I hope today’s sentence sends a clear message that this behaviour will not be tolerated',
      'Our thoughts remain with everyone affected and we will continue to pursue those who cause such harm',
    ]),
    defendant: rng.pick([
      'I know what I did was wrong and I am truly sorry',
      'I never meant for anyone to get hurt',
      'I panicked and I made the worst decision of my life',
    ]),
  };
  const facts: Fact[] = [
    fact('lead', 1,
      '{F:D}, {age:D}, of {town}, was jailed for {years} years at {court} Crown Court on {day} after admitting {charge}.',
      'A {age:D}-year-old {occ:D} from {town} has been jailed for {years} years for {charge}.',
      '{F:D} was sentenced to {years} years in prison at {court} Crown Court on {day} after pleading guilty to {charge}.'),
    fact('act', 1,
      'The court heard that {P:D} had {act} between {month} and {month2} last year.',
      'Between {month} and {month2} last year, {P:D} had {act}, the court was told.',
      'Prosecutors said {P:D}, a {occ:D}, had {act}.'),
    fact('prosecution', 0.9,
      'Prosecuting, {F:PR} said the offences had had a devastating effect on {victims}.',
      '{F:PR}, for the prosecution, told the court that {victims} had been left devastated by {crimeNoun}.',
      'The impact on {victims} had been devastating, {F:PR}, prosecuting, told the court.'),
    fact('victimQuote', 0.85,
      'In a statement read to the court, {F:V} said: "{Q:victim}."',
      '"{Q:victim}," {F:V} said in a victim impact statement.',
      'A statement from {F:V} was read to the court, in which {he:V} said: "{Q:victim}."'),
    fact('arrest', 0.7,
      '{P:D} was arrested in {month2} after officers from {police} were alerted by a member of the public.',
      'Officers from {police} arrested {P:D} in {month2} following a tip-off from a member of the public.',
      'A member of the public alerted {police}, and {P:D} was arrested in {month2}.'),
    fact('interview', 0.6,
      'When interviewed by police, {he:D} initially denied any involvement but later made full admissions.',
      '{He:D} denied any involvement when first questioned by detectives, but later admitted everything.',
      'Although {he:D} at first denied being involved, {he:D} later made full admissions to detectives.'),
    fact('evidence', 0.8,
      'Jurors were shown CCTV footage and bank records, and heard from {count} witnesses during the {trialDays}-day trial.',
      'During the {trialDays}-day trial the jury saw CCTV footage and bank records and heard evidence from {count} witnesses.',
      'The prosecution case, heard over {trialDays} days, relied on CCTV footage, bank records and the evidence of {count} witnesses.'),
    fact('character', 0.7,
      'The court heard that {P:D} had no previous convictions and had been under financial pressure at the time.',
      '{P:D}, who had no previous convictions, was under financial pressure at the time, the court heard.',
      'At the time, the court was told, {P:D} had been under financial pressure, and {he:D} had never been in trouble before.'),
    fact('references', 0.6,
      'A number of character references described {him:D} as a hard-working parent who had been a pillar of the local community.',
      '{His:D} character references painted a picture of a hard-working parent and a pillar of the community in {town}.',
      'Character references handed to the court said {P:D} was hard-working and had long been a pillar of the local community.'),
    fact('defence', 0.9,
      'Defending, {F:DC} said {his:D} client was deeply ashamed and had shown genuine remorse.',
      '{F:DC}, representing {P:D}, told the court that {he:D} was deeply ashamed of what {he:D} had done.',
      'In mitigation, {F:DC} said {P:D} had shown genuine remorse and was ashamed of {his:D} actions.'),
    fact('defendantQuote', 0.4,
      'In a letter to the judge, {P:D} wrote: "{Q:defendant}."',
      '"{Q:defendant}," {P:D} wrote in a letter handed to the judge.',
      '{P:D} told the judge in a letter: "{Q:defendant}."'),
    fact('judge', 1,
      'Sentencing, {F:J} told {P:D}: "{Q:judge}."',
      '"{Q:judge}," {F:J} told {P:D} as {he:J} passed sentence.',
      'Passing sentence, {F:J} said: "{Q:judge}."'),
    fact('ban', 0.5,
      '{He:D} was also banned from driving for {banMonths} months.',
      '{P:D} was also given a {banMonths}-month driving ban.',
      'The judge also banned {P:D} from driving for {banMonths} months.'),
    fact('police', 0.8,
      'Speaking after the case, {F:W} of {police} said: "{Q:police}."',
      '"{Q:police}," said {F:W}, of {police}, after the hearing.',
      'After the hearing, {F:W}, from {police}, said: "{Q:police}."'),
    fact('poca', 0.5,
      'A proceeds of crime hearing will take place in {month3}.',
      'A hearing under the Proceeds of Crime Act is due to be held in {month3}.',
      'Prosecutors will seek to recover the money at a proceeds of crime hearing in {month3}.'),
    fact('victimLife', 0.6,
      'The court heard that {P:V} had been forced to give up work and still needed regular treatment.',
      '{P:V} has had to give up work and still needs regular treatment, the court was told.',
      'Since {crimeNoun}, {P:V} had been unable to work and continued to need treatment, jurors heard.'),
  ];
  const extras: Fact[] = [
    fact('gallery', 0.5,
      'Members of {his:D} family wept in the public gallery as the sentence was passed.',
      'There were tears in the public gallery as {P:D} was led away.'),
    fact('neighbour', 0.5,
      'A neighbour, who did not want to be named, said {P:D} had always seemed quiet and polite.',
      'Neighbours in {town} described {P:D} as a quiet man who kept himself to himself.'),
    fact('previous', 0.5,
      '{P:D} had no previous convictions, the court was told.',
      'It was {his:D} first offence.'),
    fact('emotion', 0.5,
      '{P:D}, wearing a grey suit, showed no emotion in the dock.',
      'Dressed in a dark suit, {P:D} stared ahead as the judge spoke.'),
    fact('campaign', 0.5,
      'Campaigners said the case showed the need for tougher sentences.',
      'The case has prompted calls for a review of sentencing guidelines.'),
    fact('local', 0.5,
      'The case has shocked the close-knit community in {town}.',
      'Residents in {town} said they were still coming to terms with {crimeNoun}.'),
  ];
  const headlines = [
    '{occ:D} jailed over {crimeNoun}',
    '{Man:D} jailed for {years} years over {crimeNoun}',
    '{town} {occ:D} locked up after {crimeNoun}',
  ];
  return { kind: 'court', people: { D, V: V_, J, PR, DC, W }, slots, quotes, facts, extras, headlines };
}

function politicsTopic(rng: Rng): Topic {
  const used = new Set<string>();
  const ministry = rng.pick(V.MINISTRIES);
  const policy = rng.pick(V.POLICY_TOPICS);
  const M = person(rng, used, ministry.role, { age: rng.int(38, 66) });
  const PM = person(rng, used, 'Prime Minister', { age: rng.int(42, 66) });
  const S = person(rng, used, 'shadow ' + ministry.role.toLowerCase(), { age: rng.int(35, 60) });
  const G = person(rng, used, null, { age: rng.int(35, 64) });
  const slots: Record<string, string> = {
    policy: policy.thing,
    policyShort: policy.short,
    group: policy.group,
    brief: ministry.brief,
    amount: `£${rng.int(2, 40)}${rng.chance(0.5) ? '0' : ''} million`,
    pct: String(rng.int(3, 19)),
    day: rng.pick(V.WEEKDAYS),
    month: rng.pick(V.MONTHS),
    count: String(rng.int(20, 90)),
    paper: rng.pick(['The Times', 'the Financial Times', 'The Guardian', 'the BBC', 'Sky News', 'The Economist']),
    org: rng.pick(['the Treasury', 'Downing Street', 'the cabinet', 'the party leadership']),
  };
  const quotes = {
    minister: rng.pick([
      "It's not going to happen, and I think people need to accept that",
      'We have listened carefully and we are confident this is the right approach for the country',
      'Nobody pretends this is easy, but doing nothing is not an option',
      'I have always said this would be a difficult decision, but it is the right one',
    ]),
    shadow: rng.pick([
      'This is yet another broken promise from a government that has run out of ideas',
      'Families will see straight through this announcement, which is too little and far too late',
      'Ministers have had years to fix this and they have failed at every turn',
    ]),
    group: rng.pick([
      'We will study the detail, but on first reading this falls well short of what is needed',
      'Our members have been clear that they want action, not more consultation',
      'This is a step in the right direction but there are still serious questions to answer',
    ]),
    pm: rng.pick([
      'I have full confidence in my ministers and in this plan',
      'We will do whatever it takes to deliver for working people',
    ]),
  };
  const facts: Fact[] = [
    fact('lead', 1,
      '{F:M} has announced {policy}, saying it will cost {amount} over the next three years.',
      '{policy} will cost {amount} over three years, {F:M} has said.',
      'The government will spend {amount} over the next three years on {policy}, {F:M} announced on {day}.'),
    fact('quote1', 1,
      '"{Q:minister}," {P:M} told {paper} in an interview.',
      'In an interview with {paper}, {P:M} said: "{Q:minister}."',
      '{P:M} told {paper}: "{Q:minister}."'),
    fact('pressure', 0.9,
      'The announcement follows months of pressure from {group}, who had warned that the current system was failing.',
      '{group} have spent months warning that the current system is failing, and the announcement follows that pressure.',
      'It comes after {group} warned for months that the system was failing.'),
    fact('pm', 0.7,
      '{F:PM} is thought to have backed the plans during a meeting with {P:M} earlier this month.',
      'It is understood that {F:PM} gave the plans {his:PM} backing when the pair met earlier this month.',
      '{F:PM} reportedly backed the proposals at a meeting with {P:M} earlier this month.'),
    fact('treasury', 0.7,
      'However, {org} is understood to have raised concerns about the cost.',
      'But concerns about the cost are understood to have been raised by {org}.',
      'There are said to be worries in {org} about the price tag.'),
    fact('figures', 0.8,
      'Official figures show that demand has risen by {pct} per cent in the past year.',
      'Demand rose {pct} per cent over the last year, according to official figures.',
      'According to official figures, there has been a {pct} per cent rise in demand in the past 12 months.'),
    fact('shadow', 0.9,
      'Responding to the announcement, {F:S} said: "{Q:shadow}."',
      '"{Q:shadow}," said {F:S}.',
      '{F:S} hit back, saying: "{Q:shadow}."'),
    fact('group', 0.8,
      '{F:G}, a spokesperson for {group}, said: "{Q:group}."',
      '"{Q:group}," said {F:G}, who speaks for {group}.',
      'Speaking on behalf of {group}, {F:G} said: "{Q:group}."'),
    fact('timeline', 0.8,
      'The changes are due to come into force in {month} next year, subject to a vote in Parliament.',
      'Subject to a Commons vote, the changes will take effect in {month} next year.',
      'MPs are expected to vote on the changes, which would come into force next {month}.'),
    fact('mps', 0.6,
      'More than {count} backbench MPs had signed a letter calling for action.',
      'A letter calling for action was signed by over {count} backbenchers.',
      'Some {count} backbench MPs had put their names to a letter demanding action.'),
    fact('consult', 0.7,
      'A consultation on the detail of the plans will open next month and run for twelve weeks.',
      'The detail of the plans will be put out to a twelve-week consultation starting next month.',
      'Next month the government will launch a twelve-week consultation on how the plans will work.'),
    fact('debt', 0.7,
      'The company also said it had agreed new terms with its lenders, giving it more time to pay back its debts.',
      'New terms have been agreed with lenders, giving the firm more time to repay its debts, it said.',
      'It added that lenders had agreed new terms, allowing it longer to pay back what it owes.'),
    fact('online', 0.7,
      'Online sales rose by {pct2} per cent, but not by enough to make up for the fall in store visits.',
      'A {pct2} per cent rise in online sales failed to offset the drop in shoppers visiting its sites.',
      'While online sales grew {pct2} per cent, that was not enough to make up for fewer store visits.'),
    fact('dividend', 0.6,
      'The board said it would not pay a final dividend to shareholders this year.',
      'Shareholders will not receive a final dividend this year, the board said.',
      'No final dividend will be paid this year, according to the board.'),
    fact('regions', 0.6,
      'Officials said the money would be shared between the regions according to need, with the north expected to receive the largest share.',
      'The north is expected to get the biggest share of the money, which officials said would be divided between regions according to need.',
      'According to officials, the funding will be allocated by need, and the largest share is likely to go to the north.'),
    fact('previous', 0.6,
      'A similar scheme was scrapped three years ago after it ran over budget.',
      'Three years ago a similar scheme was abandoned when its costs spiralled.',
      'The last attempt at a similar scheme was dropped three years ago after going over budget.'),
    fact('pmQuote', 0.5,
      'Asked about the plans on {day}, {P:PM} said: "{Q:pm}."',
      '"{Q:pm}," {P:PM} told reporters on {day}.',
      '{P:PM} said on {day}: "{Q:pm}."'),
  ];
  const extras: Fact[] = [
    fact('context', 0.5,
      'It is the third major announcement on {brief} this year.',
      'This is the latest in a string of announcements on {brief}.'),
    fact('career', 0.5,
      '{P:M}, who has held the post since last year, is seen as a possible future leadership contender.',
      '{P:M} has been tipped as a future party leader.'),
    fact('poll', 0.5,
      'A recent poll found that most voters do not trust the government on {brief}.',
      'Polling suggests the government trails on {brief}.'),
    fact('backbench', 0.5,
      'Some Conservative MPs privately say the plans do not go far enough.',
      'Privately, several backbenchers say the policy is too timid.'),
    fact('analysis', 0.5,
      'The move is likely to be seen as an attempt to regain the initiative before the election.',
      'Critics see the announcement as an attempt to win back lost ground ahead of polling day.'),
  ];
  const headlines = ['{policyShort} to cost {amount}', '{role:M} unveils {policyShort}', 'Government announces {policyShort}'];
  return { kind: 'politics', people: { M, PM, S, G }, slots, quotes, facts, extras, headlines };
}

function businessTopic(rng: Rng): Topic {
  const used = new Set<string>();
  const company = rng.pick(V.COMPANIES);
  const C = person(rng, used, null, { age: rng.int(40, 63) });
  const A = person(rng, used, null, { age: rng.int(28, 55) });
  const U = person(rng, used, null, { age: rng.int(35, 62) });
  const jobs = rng.int(2, 60) * 50;
  const slots: Record<string, string> = {
    company: company.name,
    sector: company.sector,
    product: company.product,
    jobs: jobs.toLocaleString('en-GB'),
    stores: String(rng.int(12, 80)),
    profit: `£${rng.int(11, 480)} million`,
    pct: String(rng.int(4, 39)),
    pct2: String(rng.int(2, 14)),
    town: rng.pick(V.TOWNS),
    bank: rng.pick(['Shore Capital', 'Peel Hunt', 'Investec', 'Liberum', 'Panmure Gordon']),
    union: rng.pick(['Unite', 'the GMB', 'Usdaw', 'the CWU']),
    day: rng.pick(V.WEEKDAYS),
    month: rng.pick(V.MONTHS),
  };
  const quotes = {
    ceo: rng.pick([
      'These are difficult decisions, but they are necessary to secure the long-term future of the business',
      'We know this is hard news for colleagues and we will support everyone affected',
      'Trading conditions remain tough and we have to adapt to the way our customers now shop',
    ]),
    analyst: rng.pick([
      'The market had been expecting something like this for some time',
      'The question now is whether the cuts go far enough to restore margins',
      'This is a business that has lost its way and needs a clear plan',
    ]),
    union: rng.pick([
      'This is a devastating blow for workers who have kept the company going through very difficult times',
      'We will fight these job losses every step of the way',
      'Staff are finding out about their futures through the media, which is simply unacceptable',
    ]),
  };
  const facts: Fact[] = [
    fact('lead', 1,
      '{company} is to cut {jobs} jobs and close {stores} sites after profits fell by {pct} per cent.',
      'Up to {jobs} jobs are at risk at {company}, which plans to shut {stores} sites after a {pct} per cent fall in profits.',
      'The {sector} {company} has said it will axe {jobs} jobs and close {stores} sites as profits slumped by {pct} per cent.'),
    fact('profit', 1,
      'Pre-tax profits fell to {profit} in the year to {month}, the company said on {day}.',
      'The company reported pre-tax profits of {profit} for the year to {month}.',
      'In the year to {month}, pre-tax profit dropped to {profit}, {company} said.'),
    fact('ceoQuote', 1,
      'Chief executive {F:C} said: "{Q:ceo}."',
      '"{Q:ceo}," said {F:C}, the chief executive.',
      '{F:C}, the firm\'s chief executive, said: "{Q:ceo}."'),
    fact('sales', 0.8,
      'Like-for-like sales were down {pct2} per cent, as customers cut back on spending on {product}.',
      'Customers spent less on {product}, and like-for-like sales dropped by {pct2} per cent.',
      'Sales at established sites fell {pct2} per cent as shoppers reined in spending on {product}.'),
    fact('sites', 0.7,
      'The closures are expected to include its site in {town}, which employs several hundred people.',
      'Its {town} site, which employs several hundred staff, is among those expected to close.',
      'Among the sites likely to close is one in {town}, where several hundred people work.'),
    fact('analyst', 0.8,
      '{F:A}, an analyst at {bank}, said: "{Q:analyst}."',
      '"{Q:analyst}," said {F:A} of {bank}.',
      'Analyst {F:A}, of {bank}, said: "{Q:analyst}."'),
    fact('union', 0.8,
      '{F:U}, of {union}, said: "{Q:union}."',
      '"{Q:union}," said {F:U}, from {union}.',
      '{union} official {F:U} said: "{Q:union}."'),
    fact('shares', 0.8,
      'Shares in {company} fell {pct2} per cent in early trading.',
      '{company} shares dropped by {pct2} per cent when markets opened.',
      'In early trading, shares fell {pct2} per cent.'),
    fact('consult', 0.6,
      'The company said it would begin a consultation with staff and would try to redeploy as many workers as possible.',
      'A consultation with staff will begin, and the firm said it would try to find other roles for as many as possible.',
      'It said it would consult staff and look to redeploy workers where it could.'),
  ];
  const extras: Fact[] = [
    fact('history', 0.5,
      '{company} was founded more than 50 years ago and has been struggling since the pandemic.',
      'The firm, which has struggled since the pandemic, traces its roots back half a century.'),
    fact('rivals', 0.5,
      'Rivals in the {sector} sector have also reported difficult trading.',
      'Other firms in the sector have also been hit by falling demand.'),
    fact('local', 0.5,
      'Local MPs in {town} said they would seek an urgent meeting with the company.',
      'The MP for {town} called the news a hammer blow for the area.'),
    fact('pay', 0.5,
      '{P:C} received a pay package worth more than £2 million last year.',
      'Last year {P:C} was paid over £2 million.'),
  ];
  const headlines = ['{company} to cut {jobs} jobs', '{jobs} jobs at risk at {company}', '{company} axes {stores} sites'];
  return { kind: 'business', people: { C, A, U }, slots, quotes, facts, extras, headlines };
}

function incidentTopic(rng: Rng): Topic {
  const used = new Set<string>();
  const VI = person(rng, used, null, { age: rng.int(17, 84) });
  const O = person(rng, used, 'Detective Sergeant', { honorific: false, shortTitle: 'Det Sgt' });
  const WI = person(rng, used, null);
  const FA = person(rng, used, null);
  const slots: Record<string, string> = {
    town: VI.town,
    street: `${rng.pick(['Station', 'Church', 'Mill', 'Victoria', 'Albert', 'Park', 'High'])} ${rng.pick(['Road', 'Street', 'Lane', 'Avenue'])}`,
    time: `${rng.int(1, 11)}.${rng.pick(['10', '15', '30', '40', '45', '50'])}${rng.pick(['am', 'pm'])}`,
    day: rng.pick(V.WEEKDAYS),
    police: rng.pick(V.POLICE_FORCES),
    event: rng.pick(['a serious assault', 'a hit-and-run', 'a stabbing', 'a house fire', 'an armed robbery']),
    injury: rng.pick(['serious head injuries', 'life-threatening injuries', 'stab wounds', 'a broken leg and head injuries']),
    hospital: rng.pick(['a major trauma centre', 'the Royal Infirmary', 'the General Hospital']),
    suspectAge: String(rng.int(16, 45)),
    ref: String(rng.int(100, 999)),
  };
  const quotes = {
    officer: rng.pick([
      'We are keeping an open mind and I would urge anyone who saw what happened to come forward',
      'This was a shocking incident and we are doing everything we can to find those responsible',
      'I understand the community will be concerned and there will be extra patrols in the area',
    ]),
    witness: rng.pick([
      'I heard shouting and then a loud bang, and when I looked out there was someone lying in the road',
      'It all happened so fast, there was nothing anyone could do',
      'There were police cars everywhere within minutes, it was terrifying',
    ]),
    family: rng.pick([
      'We are heartbroken and we just want to know what happened',
      'He was the kindest person you could ever meet and he did not deserve this',
      'We ask for privacy at this very difficult time',
    ]),
  };
  const facts: Fact[] = [
    fact('lead', 1,
      'A {age:VI}-year-old has been left with {injury} after {event} in {town} on {day}.',
      '{event} in {town} on {day} has left a {age:VI}-year-old with {injury}.',
      'Police are investigating after a {age:VI}-year-old suffered {injury} in {event} in {town}.'),
    fact('scene', 1,
      'Officers were called to {street} at about {time} and found the victim, who was taken to {hospital}.',
      'Emergency services were called to {street} shortly before {time}, and the victim was taken to {hospital}.',
      'The victim was found in {street} by officers called there at around {time}, and was taken to {hospital}.'),
    fact('named', 0.8,
      'The victim has been named locally as {F:VI}.',
      'Locals have named the victim as {F:VI}.',
      '{F:VI} has been named locally as the victim.'),
    fact('arrest', 0.8,
      'A {suspectAge}-year-old man has been arrested and remains in custody.',
      'Police have arrested a man aged {suspectAge}, who is being held in custody.',
      'A man, {suspectAge}, was arrested and is in custody.'),
    fact('officer', 1,
      '{F:O}, of {police}, said: "{Q:officer}."',
      '"{Q:officer}," said {F:O} from {police}.',
      'Leading the inquiry, {F:O} said: "{Q:officer}."'),
    fact('witness', 0.7,
      'One witness, {F:WI}, said: "{Q:witness}."',
      '"{Q:witness}," said {F:WI}, who lives nearby.',
      'Neighbour {F:WI} said: "{Q:witness}."'),
    fact('family', 0.6,
      'In a statement, {his:VI} family said: "{Q:family}."',
      '"{Q:family}," {his:VI} family said in a statement.',
      'The family of {P:VI} said in a statement released through police: "{Q:family}."'),
    fact('cordon', 0.6,
      'A cordon remained in place on {street} on {day} evening as forensic officers examined the scene.',
      'Forensic officers examined the scene, and {street} stayed cordoned off into the evening.',
      'The road was still sealed off on {day} evening while forensic teams worked at the scene.'),
    fact('patrols', 0.7,
      'Extra patrols will be carried out in the area over the coming days to reassure residents.',
      'Residents will see extra patrols in the area over the next few days, police said.',
      'Police said they would step up patrols in the area in the coming days to reassure the community.'),
    fact('condition', 0.8,
      'The victim remains in a stable condition in hospital.',
      '{P:VI} is said to be in a stable condition.',
      'Hospital staff described the victim\'s condition as stable.'),
    fact('appeal', 0.9,
      'Anyone with information is asked to call 101 quoting log {ref}.',
      'Police have asked anyone with information to call 101, quoting log number {ref}.',
      'Witnesses should call 101 and quote log {ref}.'),
  ];
  const extras: Fact[] = [
    fact('flowers', 0.5,
      'Flowers have been left at the scene.',
      'Floral tributes have been laid near the spot.'),
    fact('previous', 0.5,
      'It is the second serious incident in the area this year.',
      'Residents said there had been growing concern about violence in the area.'),
    fact('councillor', 0.5,
      'A local councillor said the community was in shock.',
      'Councillors called for calm while police carried out their inquiries.'),
    fact('cctv', 0.5,
      'Detectives are understood to be examining CCTV footage from nearby shops.',
      'Police are checking footage from cameras in the area.'),
  ];
  const headlines = ['{age:VI}-year-old hurt in {town}', 'Arrest after {event} in {town}', 'Police appeal after {event}'];
  return { kind: 'incident', people: { VI, O, WI, FA }, slots, quotes, facts, extras, headlines };
}

function showbizTopic(rng: Rng): Topic {
  const used = new Set<string>();
  const ST = person(rng, used, null, { age: rng.int(24, 62) });
  const PA = person(rng, used, null, { age: rng.int(24, 62) });
  const SP = person(rng, used, null);
  const slots: Record<string, string> = {
    show: rng.pick(V.CELEB_SHOWS),
    channel: rng.pick(['ITV', 'BBC One', 'Channel 4', 'Channel 5']),
    viewers: `${rng.int(2, 9)}.${rng.int(1, 9)} million`,
    complaints: String(rng.int(120, 4000)),
    day: rng.pick(V.WEEKDAYS),
    month: rng.pick(V.MONTHS),
    series: V.NUMBER_WORDS[rng.int(2, 9)],
    regulator: 'Ofcom',
  };
  const quotes = {
    star: rng.pick([
      'I have loved every minute of it but it is time for a new chapter',
      'I was completely blindsided and I am still trying to process it',
      'The support from the fans has been incredible and I cannot thank them enough',
    ]),
    spokes: rng.pick([
      'We wish them every success and thank them for everything they have brought to the show',
      'We take the welfare of everyone involved in the programme extremely seriously',
      'We do not comment on private matters',
    ]),
  };
  const facts: Fact[] = [
    fact('lead', 1,
      '{F:ST} has announced {he:ST} is quitting {show} after {series} series.',
      '{show} star {F:ST} is leaving the programme after {series} series, {he:ST} has announced.',
      'After {series} series, {F:ST} has revealed {he:ST} is quitting {show}.'),
    fact('quote', 1,
      'Writing on social media, {P:ST} said: "{Q:star}."',
      '"{Q:star}," {P:ST} wrote on social media.',
      '{P:ST} told fans online: "{Q:star}."'),
    fact('viewers', 0.8,
      'The {channel} show attracted an average of {viewers} viewers last series.',
      'Last series, an average of {viewers} people tuned in to the {channel} programme.',
      'Some {viewers} viewers watched the show on {channel} last series.'),
    fact('complaints', 0.6,
      'The programme attracted {complaints} complaints to {regulator} earlier this year.',
      '{regulator} received {complaints} complaints about the show earlier this year.',
      'Earlier this year, {complaints} viewers complained to {regulator}.'),
    fact('partner', 0.6,
      '{P:ST} recently split from {his:ST} partner {F:PA}, who also appeared on the show.',
      '{F:PA}, who also appeared on the programme, split from {P:ST} recently.',
      'The star recently ended {his:ST} relationship with co-star {F:PA}.'),
    fact('spokes', 0.9,
      'A spokesperson for {channel}, {F:SP}, said: "{Q:spokes}."',
      '"{Q:spokes}," said a {channel} spokesperson.',
      '{channel} said in a statement: "{Q:spokes}."'),
    fact('replace', 0.6,
      'A replacement is expected to be announced in {month}.',
      'Bosses are expected to name a replacement in {month}.',
      'The channel is due to announce who will replace {him:ST} in {month}.'),
    fact('ratings', 0.7,
      'Ratings for the show have fallen in recent years, with the last final watched by fewer than two million people.',
      'Fewer than two million people watched the last final, as ratings have slipped in recent years.',
      'In recent years the audience has shrunk, and the last final drew fewer than two million viewers.'),
    fact('next', 0.7,
      '{P:ST} is expected to concentrate on a new drama series for {channel} which starts filming in {month}.',
      'Filming on a new {channel} drama starring {P:ST} begins in {month}, and the star is expected to focus on that.',
      'The star will now focus on a {channel} drama series, with filming due to start in {month}.'),
    fact('tribute', 0.6,
      'Co-stars paid tribute to {P:ST} on social media, describing {him:ST} as the heart of the show.',
      'On social media, {his:ST} co-stars described {P:ST} as the heart of the programme.',
      '{P:ST} was the heart of the show, co-stars said in tributes posted online.'),
  ];
  const extras: Fact[] = [
    fact('fans', 0.5,
      'Fans flooded social media with messages of support.',
      'Viewers took to social media to share their disappointment.'),
    fact('rumours', 0.5,
      'There had been rumours of tension behind the scenes for months.',
      'Insiders have spoken of a difficult atmosphere on set.'),
    fact('career', 0.5,
      '{P:ST} rose to fame on a talent show a decade ago.',
      'The star first found fame ten years ago.'),
  ];
  const headlines = ['{show} star quits', '{F:ST} to leave {show}', '{show} star {P:ST} announces exit'];
  return { kind: 'showbiz', people: { ST, PA, SP }, slots, quotes, facts, extras, headlines };
}
