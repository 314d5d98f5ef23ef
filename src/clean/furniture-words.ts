/**
 * Words that page furniture is made of (cookie notices, comment forms, sharing and account
 * prompts, legal footers). Their share in a line is one feature of the line model; no word
 * here removes a line by itself.
 */
const WORDS = `cookie cookies privacy policy terms conditions copyright rights reserved subscribe subscription
newsletter newsletters sign login log register account password email e-mail comment comments commenting
share shares tweet facebook twitter instagram pinterest linkedin whatsapp youtube follow followers
advertisement advertising advertise ads sponsored click tap download app apps browser javascript
enable disable settings consent accept website site sitemap menu home contact faq help newsroom
related recommended trending popular latest read more watch video videos photo photos gallery
image images credit getty reuters shutterstock istock ap afp loading play listen podcast
reply replies report flag permalink posted tags tag category categories archive archives
previous next page pages print save bookmark rss feed notifications alerts
datenschutz impressum anmelden teilen kommentare werbung mehr lesen
privacidade termos compartilhe comentários assine leia mais
конфиденциальности подписаться комментарии реклама читать также`;

/** Lower-case furniture words. */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** Share of `words` (lower case) that are furniture words, 0–1. */
export function furnitureShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (FURNITURE_WORDS.has(w)) hits++;
  return hits / words.length;
}
