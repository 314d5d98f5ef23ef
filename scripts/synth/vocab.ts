/**
 * Word lists for the synthetic news generator: names, places, institutions, and the
 * edit tables (synonyms, contractions, tense and number styles) that model how a
 * newsroom changes wire copy. All invented or generic; no real corpus text.
 */

export const MALE_FIRST = [
  'James', 'David', 'Michael', 'Paul', 'Mark', 'Richard', 'Daniel', 'Thomas', 'Andrew', 'Peter',
  'Stephen', 'Christopher', 'Simon', 'Gareth', 'Ian', 'Neil', 'Martin', 'Graham', 'Liam', 'Connor',
  'Kieran', 'Robert', 'Ben', 'Callum', 'Owen', 'Rhys', 'Craig', 'Darren', 'Jamie', 'Lee',
] as const;

export const FEMALE_FIRST = [
  'Sarah', 'Emma', 'Claire', 'Rachel', 'Helen', 'Laura', 'Joanne', 'Nicola', 'Rebecca', 'Victoria',
  'Louise', 'Karen', 'Amanda', 'Lucy', 'Hannah', 'Sophie', 'Gemma', 'Kelly', 'Natalie', 'Fiona',
  'Priya', 'Aisha', 'Megan', 'Charlotte', 'Katie', 'Siobhan', 'Bethan', 'Angela', 'Diane', 'Zoe',
] as const;

export const SURNAMES = [
  'Hughes', 'Walker', 'Thompson', 'Harrison', 'Collins', 'Fletcher', 'Bennett', 'Marsh', 'Doyle',
  'Whitaker', 'Pearson', 'Gallagher', 'Kendrick', 'Ashworth', 'Okafor', 'Patel', 'Brennan',
  'Holloway', 'Fairbairn', 'Lister', 'McAllister', 'Rahman', 'Sutcliffe', 'Trevelyan', 'Ward',
  'Osborne', 'Kowalski', 'Chadwick', 'Nolan', 'Pritchard', 'Hartley', 'Greaves', 'Baptiste',
  'Crowther', 'Lindqvist', 'Mensah', 'Abbott', 'Devlin', 'Stanhope', 'Yates', 'Quigley', 'Ellison',
  'Ferreira', 'Hammond', 'Jessop', 'Kaur', 'Lomax', 'Moorcroft', 'Naylor', 'Oduya',
] as const;

export const TOWNS = [
  'Rotherham', 'Swindon', 'Wigan', 'Basingstoke', 'Huddersfield', 'Stockport', 'Ipswich',
  'Walsall', 'Gloucester', 'Warrington', 'Telford', 'Bolton', 'Harrogate', 'Lowestoft', 'Crewe',
  'Dudley', 'Worthing', 'Grimsby', 'Barnsley', 'Northampton', 'Carlisle', 'Hastings', 'Kettering',
  'Mansfield', 'Peterborough', 'Rochdale', 'Salisbury', 'Tamworth', 'Wakefield', 'Yeovil',
] as const;

export const CROWN_COURTS = [
  'Leeds', 'Manchester', 'Birmingham', 'Bristol', 'Southwark', 'Snaresbrook', 'Nottingham',
  'Sheffield', 'Newcastle', 'Liverpool', 'Cardiff', 'Norwich', 'Exeter', 'Preston', 'Winchester',
] as const;

export const POLICE_FORCES = [
  'West Yorkshire Police', 'Greater Manchester Police', 'the Metropolitan Police', 'Avon and Somerset Police',
  'Merseyside Police', 'Thames Valley Police', 'Lancashire Police', 'Northumbria Police',
  'South Wales Police', 'Essex Police', 'Kent Police', 'Staffordshire Police',
] as const;

export const OCCUPATIONS = [
  'bookkeeper', 'care worker', 'builder', 'taxi driver', 'office manager', 'nurse', 'accountant',
  'delivery driver', 'teaching assistant', 'shop manager', 'plumber', 'security guard',
  'financial adviser', 'warehouse worker', 'company director', 'estate agent',
] as const;

export const MINISTRIES = [
  { role: 'Defence Secretary', brief: 'defence' },
  { role: 'Health Secretary', brief: 'health' },
  { role: 'Home Secretary', brief: 'home affairs' },
  { role: 'Education Secretary', brief: 'education' },
  { role: 'Transport Secretary', brief: 'transport' },
  { role: 'Business Secretary', brief: 'business' },
  { role: 'Foreign Secretary', brief: 'foreign affairs' },
  { role: 'Energy Secretary', brief: 'energy' },
] as const;

export const POLICY_TOPICS = [
  { thing: 'the new pay deal for nurses', short: 'the pay deal', group: 'health unions' },
  { thing: 'plans to expand the rail network in the north', short: 'the rail plans', group: 'northern mayors' },
  { thing: 'a cap on energy bills', short: 'the price cap', group: 'consumer groups' },
  { thing: 'the overhaul of school inspections', short: 'the inspection reforms', group: 'head teachers' },
  { thing: 'a review of police powers', short: 'the review', group: 'civil liberties campaigners' },
  { thing: 'new rules on short-term lets', short: 'the new rules', group: 'landlords' },
  { thing: 'a ban on disposable vapes', short: 'the ban', group: 'retailers' },
  { thing: 'funding for flood defences', short: 'the funding', group: 'local councils' },
] as const;

export const COMPANIES = [
  { name: 'Harwood Foods', sector: 'supermarket', product: 'own-brand groceries' },
  { name: 'Castlegate Homes', sector: 'housebuilder', product: 'new homes' },
  { name: 'Northvale Energy', sector: 'energy supplier', product: 'household energy' },
  { name: 'Brightwater Telecom', sector: 'broadband provider', product: 'fibre broadband' },
  { name: 'Kestrel Airways', sector: 'airline', product: 'short-haul flights' },
  { name: 'Pennine Bank', sector: 'lender', product: 'mortgages' },
  { name: 'Meridian Motors', sector: 'carmaker', product: 'electric vans' },
  { name: 'Oakridge Retail', sector: 'high street chain', product: 'homeware' },
] as const;

export const CELEB_SHOWS = [
  'Saturday Night Stars', 'The Big Bake', 'Island Escape', 'Dancing On Air', 'The Morning Sofa',
  'Britain Sings', 'Celebrity Kitchen', 'Love Shack',
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
] as const;

export const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve',
] as const;

/**
 * Synonym and near-synonym swaps that subs make on wire copy. Each group lists phrases a
 * newsroom uses interchangeably; a light edit replaces one with another of its group.
 * Matched on whole words, case-sensitively (so sentence-initial forms are listed apart).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['jailed', 'imprisoned', 'locked up'],
  ['the court heard', 'the court was told', 'jurors heard'],
  ['admitting', 'pleading guilty to'],
  ['However,', 'But'],
  ['around', 'about', 'roughly'],
  ['more than', 'over'],
  ['said', 'added'],
  ['told', 'informed'],
  ['children', 'youngsters'],
  ['vehicle', 'car'],
  ['officers', 'police'],
  ['injuries', 'wounds'],
  ['hospital', 'a hospital'],
  ['attacked', 'assaulted'],
  ['stole', 'took'],
  ['money', 'cash'],
  ['residents', 'locals'],
  ['angry', 'furious'],
  ['criticised', 'attacked', 'slammed'],
  ['announced', 'unveiled', 'revealed'],
  ['plans', 'proposals'],
  ['cut', 'axe'],
  ['jobs', 'posts', 'roles'],
  ['warned', 'cautioned'],
  ['expected', 'likely'],
  ['help', 'support'],
  ['rise', 'increase'],
  ['fall', 'drop'],
  ['big', 'large'],
  ['firm', 'company'],
  ['bosses', 'executives'],
  ['customers', 'shoppers'],
  ['figures', 'data'],
  ['revealed', 'showed'],
  ['shortly after', 'soon after'],
  ['earlier this month', 'this month'],
  ['last week', 'recently'],
  ['described', 'branded'],
  ['previously', 'earlier'],
  ['believed', 'thought', 'understood'],
  ['role', 'job', 'post'],
  ['boss', 'chief', 'head'],
  ['step down', 'stand down', 'quit'],
  ['backing', 'support'],
  ['talks', 'discussions'],
  ['row', 'dispute'],
  ['probe', 'investigation', 'inquiry'],
  ['died', 'passed away'],
  ['star', 'celebrity'],
  ['fans', 'viewers'],
  ['show', 'programme'],
  ['wife', 'partner'],
  ['appeared', 'featured'],
  ['confirmed', 'said'],
  ['insisted', 'said', 'claimed'],
  ['a spokesman', 'a spokesperson'],
  ['A spokesman', 'A spokesperson'],
  ['following', 'after'],
  ['began', 'started'],
  ['because', 'as'],
  ['while', 'whilst'],
  ['among', 'amongst'],
  ['towards', 'toward'],
  ['called for', 'urged'],
  ['immediately', 'straight away'],
  ['scene', 'spot'],
  ['serious', 'grave'],
  ['father', 'dad'],
  ['mother', 'mum'],
];

/** Contractions: [full, contracted]. Tabloids contract, wires rarely do. */
export const CONTRACTIONS: readonly (readonly [string, string])[] = [
  ['did not', "didn't"],
  ['do not', "don't"],
  ['does not', "doesn't"],
  ['is not', "isn't"],
  ['was not', "wasn't"],
  ['were not', "weren't"],
  ['would not', "wouldn't"],
  ['could not', "couldn't"],
  ['will not', "won't"],
  ['has not', "hasn't"],
  ['have not', "haven't"],
  ['cannot', "can't"],
  ['it is', "it's"],
  ['It is', "It's"],
  ['I am', "I'm"],
  ['we are', "we're"],
  ['We are', "We're"],
  ['they are', "they're"],
  ['I have', "I've"],
  ['we have', "we've"],
  ['that is', "that's"],
];

/** Tense and voice swaps at phrase level: [wire form, rewritten form]. */
export const TENSE_SWAPS: readonly (readonly [string, string])[] = [
  ['has been', 'was'],
  ['have been', 'were'],
  ['has said', 'said'],
  ['says', 'said'],
  ['has admitted', 'admitted'],
  ['has told', 'told'],
  ['has warned', 'warned'],
  ['has confirmed', 'confirmed'],
  ['has announced', 'announced'],
  ['is due to', 'will'],
  ['is expected to', 'will'],
  ['are expected to', 'will'],
  ['had been', 'was'],
  ['is set to', 'will'],
];
