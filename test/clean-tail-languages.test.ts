/**
 * Tail markers in the benchmark's other languages start a teaser run like the English
 * ones, and like them only while the lines after them look like headlines.
 */
import test from 'ava';
import { cleanArticle } from '../src/clean/index.js';
import { terminalOf } from '../src/clean/features.js';
import { trailingCreditStart } from '../src/clean/credit.js';
import { textArticle } from './clean-helpers.js';

const BODY = [
  'O governo anunciou nesta terça-feira um novo plano para reduzir o preço da energia elétrica nas regiões mais pobres do país.',
  'Segundo o ministro, a medida deve beneficiar cerca de dois milhões de famílias a partir do próximo ano, com descontos de até vinte por cento.',
  'A oposição criticou o anúncio e disse que o governo ainda não explicou de onde virão os recursos para financiar o programa.',
];
const TEASERS = ['Chuva forte deixa cidades em alerta no Sul', 'Seleção vence amistoso e encerra o ano invicta', 'Preço da gasolina volta a subir nos postos', 'Festival de cinema anuncia os filmes da edição'];

test('a Portuguese tail marker ("Leia também") cuts the teaser headlines after it', (t) => {
  const text = [...BODY, 'Leia também', ...TEASERS].join('\n');
  const clean = cleanArticle(textArticle(text, 'pt.txt'));
  t.deepEqual(clean.body.map((s) => text.slice(s.start, s.end)), BODY);
  const marker = clean.removed.find((r) => text.slice(r.start, r.end) === 'Leia também')!;
  t.is(marker.role, 'teaser');
  t.is(marker.reason, "tail marker 'Leia também'");
  for (const r of clean.removed.filter((r) => TEASERS.includes(text.slice(r.start, r.end)))) t.regex(r.reason, /after tail marker 'Leia também'/);
});

test('the marker does not cut body that follows it', (t) => {
  const text = [BODY[0]!, 'Leia também', BODY[1]!, BODY[2]!].join('\n');
  const clean = cleanArticle(textArticle(text, 'pt.txt'));
  const kept = clean.body.map((s) => text.slice(s.start, s.end));
  for (const b of BODY) t.true(kept.includes(b));
});

test('a tail marker above the article ("Latest" in a menu) starts no teaser run: the story below it is kept', (t) => {
  const story = [
    'Photos released online show the actress looking stunning in new make-up photos at a Lagos event on Saturday.',
    'The veteran actress shared the pictures on her Instagram page, where fans praised her colourful new look.',
  ];
  const text = ['Home', 'Latest', 'Politics', 'World News', 'Sports', 'Actress stuns in new photos', 'October 06, 2018', story[0]!, 'Kate Henshaw', story[1]!, 'See more photos:', 'Tags:'].join('\n');
  const clean = cleanArticle(textArticle(text, 'menu.txt'));
  const kept = clean.body.map((s) => text.slice(s.start, s.end));
  for (const s of story) t.true(kept.includes(s), s.slice(0, 30));
  t.false(clean.removed.some((r) => r.reason.includes("tail marker 'Latest'")));
});

test('sharing, print and advert labels and "Read more" promos in German and Polish are furniture like the English ones (issue 17)', (t) => {
  const body = [
    'Die Regierung hat am Dienstag einen neuen Plan vorgestellt, der die Strompreise in den ärmsten Regionen des Landes senken soll.',
    'Nach Angaben des Ministers sollen rund zwei Millionen Familien ab dem kommenden Jahr von Rabatten von bis zu zwanzig Prozent profitieren.',
    'Die Opposition kritisierte die Ankündigung und sagte, die Regierung habe noch nicht erklärt, wie das Programm finanziert werden soll.',
  ];
  const furniture = ['Teilen', 'Drucken', 'Anzeige', 'Weiterlesen: Neue Regeln für Vermieter ab Januar', 'Udostępnij', 'Czytaj także: Nowe przepisy od stycznia'];
  const text = [body[0]!, furniture[0]!, furniture[1]!, body[1]!, furniture[2]!, furniture[3]!, body[2]!, furniture[4]!, furniture[5]!].join('\n');
  const clean = cleanArticle(textArticle(text, 'de.txt'));
  t.deepEqual(clean.body.map((s) => text.slice(s.start, s.end)), body);
  const removed = clean.removed.map((r) => text.slice(r.start, r.end));
  for (const f of furniture) t.true(removed.includes(f), f);
});

test("other scripts' sentence-final marks end a sentence: Urdu ۔ and ؟, Devanagari ।, CJK 。, Armenian ։ (issue 17)", (t) => {
  for (const s of ['یہ ایک جملہ ہے۔', 'کیا یہ سچ ہے؟', 'यह एक वाक्य है।', '这是一个句子。', 'Սա նախադասություն է։', 'ይህ ዓረፍተ ነገር ነው።']) t.is(terminalOf(s), 'sentence', s);
  t.is(terminalOf('پہلا حصہ، دوسرا حصہ،'), 'comma');
  t.is(terminalOf('ایک عنوان'), 'none');
});

test('a read-this-too label before a colon ("Lea también: …", "Auch lesen: …") is a promo link; the same word without the colon is not (issue 17)', (t) => {
  const promos = ['Lea también: Impiden la entrada al país a un reportero extranjero', 'Auch lesen: Diese drei Städte haben die besten Märkte', 'VEA TAMBIÉN: Estudiantes sin clases por falta de agua'];
  const prose = 'Lea has lived in the valley for forty years and says the river has never been this low in summer.';
  const text = [BODY[0]!, promos[0]!, BODY[1]!, promos[1]!, prose, promos[2]!, BODY[2]!].join('\n');
  const clean = cleanArticle(textArticle(text, 'es.txt'));
  const kept = clean.body.map((s) => text.slice(s.start, s.end));
  for (const p of promos) {
    const r = clean.removed.find((r) => text.slice(r.start, r.end) === p);
    t.is(r?.role, 'promo', p);
  }
  t.true(kept.includes(prose));
  for (const b of BODY) t.true(kept.includes(b));
});

test("a recipe's ingredients list after its label is body, up to the method's first sentence; the menu above stays out (issue 17)", (t) => {
  const menu = ['Rezepte', 'Kategorien', 'Backen & Süßes', 'Unsere Top-Rezepte', 'Newsletter'];
  const list = ['Zutaten für 40 Stück:', '300 g Mehl', '1 TL Backpulver', '100 g gemahlene Mandeln', '200 g Zucker', '1 Prise Salz', '1 Ei'];
  const method = [
    'Alle Zutaten in eine Schüssel geben und mit den Knethaken des Handrührgeräts zu einem glatten Teig verarbeiten.',
    'Den Teig auf einer bemehlten Arbeitsfläche ausrollen und mit beliebigen Formen Plätzchen ausstechen.',
    'Die Plätzchen auf ein Backblech legen und im vorgeheizten Ofen etwa fünfzehn Minuten goldbraun backen.',
  ];
  const text = ['Mandelplätzchen', ...menu, ...list, 'Zubereitung', ...method].join('\n');
  const clean = cleanArticle(textArticle(text, 'de.txt'));
  const kept = clean.body.map((s) => text.slice(s.start, s.end));
  for (const l of [...list, ...method]) t.true(kept.includes(l), l);
  for (const m of menu) t.false(kept.includes(m), m);
});

test('photo credits in German, Spanish and Polish ("Foto: …", "Bild: …", "Zdjęcie: …") are split off like "Picture: …"; a sentence that merely contains the word is not (issue 17)', (t) => {
  t.is(trailingCreditStart('Foto: www.k-einbruch.de'), 0);
  t.is(trailingCreditStart('Die Feuerwehr am Einsatzort. Bild: Timo Müller'), 29);
  t.is(trailingCreditStart('Zdjęcie: PAP/Leszek Szymański'), 0);
  t.is(trailingCreditStart('Imagen: EFE'), 0);
  t.is(trailingCreditStart('Das Bild: ein Mann steht am Fenster und blickt hinaus auf die Stadt. Dann geht er.'), -1);
});
