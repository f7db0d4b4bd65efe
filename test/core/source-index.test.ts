import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractNumbers } from '../../server/src/core/model/numbers.js';
import { normaliseText } from '../../server/src/core/sources/normalise.js';
import { splitParagraphs } from '../../server/src/core/sources/paragraphs.js';
import { splitSentences } from '../../server/src/core/sources/sentences.js';
import { buildSourceIndex } from '../../server/src/core/sources/source-index.js';

/** A made-up source in the style analysts cite: heading, figures, dates, quotes, actors. */
const SOURCE = [
  '# Harbour Crisis in Velmora',
  'On March 3, 2023, the Port Authority confirmed that more than 12,500 containers were stranded at the northern quay of Velmora. Officials said the backlog was “entirely manageable” and would be “cleared within ten days.”',
  'Dock workers’ unions disputed that account. Their spokeswoman, Ana Ruiz, said the delays were “the worst in a generation, and possibly the worst since the port opened” and warned that wages had fallen 8 percent since June 2022.',
  'Velmora’s Ministry of Transport released a 5-point recovery plan on 14 April. The plan promised two million euros for cranes and a review by the U.S. Agency for Ports of the customs rules.',
  'Velmora signed a customs accord with its neighbour Ostrava in 2021. Ostrava’s negotiators called the accord “a matter of mutual convenience” rather than of trust.',
  'Velmora signed a customs accord with its neighbour Ostrava in 2021, officials recalled. Velmoran officials declined to comment on the strike; some in velmora shrugged.',
].join('\n\n');

const index = buildSourceIndex(SOURCE);
/** The one number mention in a text. */
const num = (text: string) => extractNumbers(text)[0];

test('paragraphs: blank-line blocks, headings count, marker stripped, spans kept', () => {
  assert.equal(index.paragraphs.length, 6);
  const [heading, first] = index.paragraphs;
  assert.equal(heading.text, 'Harbour Crisis in Velmora');
  assert.equal(SOURCE.slice(heading.span.start, heading.span.end), '# Harbour Crisis in Velmora');
  assert.equal(first.number, 2);
  assert.ok(SOURCE.slice(first.span.start, first.span.end).startsWith('On March 3'));
  const lines = splitParagraphs('Title\r\nFirst line.\r\n\r\n');
  assert.deepEqual(lines.map((p) => p.text), ['Title', 'First line.']);
  const blocks = splitParagraphs('A line\nwrapped here.\n\n  \nNext block.');
  assert.deepEqual(blocks.map((p) => p.number), [1, 2]);
});

test('normalised text folds typography, whitespace and case', () => {
  assert.equal(normaliseText('  “Beijing’s  View” —\n 2022–23 … '), '"beijing\'s view" - 2022-23 ...');
});

test('sentences: wrong splits after abbreviations are merged', () => {
  const texts = splitSentences('Mr. Ruiz met the U.S. Agency on Nov. 12. It agreed. He left for the U.S. Then he rested.');
  assert.deepEqual(texts.map((s) => s.text), [
    'Mr. Ruiz met the U.S. Agency on Nov. 12.',
    'It agreed.',
    'He left for the U.S.',
    'Then he rested.',
  ]);
});

test('findQuote tolerates quote marks, case, whitespace and trailing punctuation', () => {
  assert.equal(index.findQuote('entirely manageable')?.paragraph, 2);
  const hit = index.findQuote('“Cleared   WITHIN\nten days.”');
  assert.equal(hit?.paragraph, 2);
  assert.match(hit!.excerpt, /cleared within ten days/);
  assert.ok(hit!.excerpt.length <= 200);
  assert.equal(index.findQuote("Ostrava's negotiators called the accord")?.paragraph, 5);
});

test('findQuote handles elisions in order within one paragraph', () => {
  assert.equal(index.findQuote('the worst in a generation … since the port opened')?.paragraph, 3);
  assert.equal(index.findQuote('the worst in a generation [...] since the port opened')?.paragraph, 3);
  assert.equal(index.findQuote('the worst in a generation... the port opened')?.paragraph, 3);
  assert.equal(index.findQuote('since the port opened … the worst in a generation'), undefined);
  assert.equal(index.findQuote('entirely manageable … the worst in a generation'), undefined);
});

test('findQuote handles bracketed insertions and letter changes', () => {
  const insertion = 'the worst in a generation, and possibly the worst since [Velmora’s harbour] opened';
  assert.equal(index.findQuote(insertion)?.paragraph, 3);
  assert.equal(index.findQuote('[T]he worst in a generation')?.paragraph, 3);
  assert.equal(index.findQuote('a matter of mutual convenience [sic]')?.paragraph, 5);
  assert.equal(index.findQuote('the worst [so far] and possibly')?.paragraph, 3);
  // An insertion stands for at most six source words.
  assert.equal(index.findQuote('Dock workers’ [x] the worst in a generation'), undefined);
});

test('a misquote is not found and the closest passage is offered', () => {
  assert.equal(index.findQuote('the worst in a decade'), undefined);
  const closest = index.closestPassage('the worst in a decade');
  assert.equal(closest?.paragraph, 3);
  assert.match(closest!.excerpt, /worst in a generation/);
  assert.ok(closest!.excerpt.length <= 160);
  assert.ok(closest!.score > 0 && closest!.score < 1);
  assert.equal(index.closestPassage('zebra quantum'), undefined);
});

test('in a long paragraph the excerpt is cut around the match, and the closest wording is the source\'s own words', () => {
  const long = buildSourceIndex(
    'Port officials said the cranes were old. '.repeat(6) +
      'The harbour master said the queue of ships “will not clear before the spring thaw” and blamed the customs rules. ' +
      'Crews waited at anchor for days. '.repeat(6),
  );
  assert.equal(
    long.findQuote('will not clear before the spring thaw')?.excerpt,
    '…officials said the cranes were old. The harbour master said the queue of ships “will not clear before the spring thaw” and blamed the customs rules. Crews waited at anchor for days. Crews waited at…',
  );
  const closest = long.closestPassage('will not clear before the summer thaw');
  assert.equal(closest?.wording, 'of ships will not clear before the spring thaw');
  assert.match(closest!.excerpt, /^…the cranes were old\. The harbour master .* Crews waited at anchor…$/);
});

test('containsNumber accepts every usual spelling', () => {
  for (const s of ['12,500', 'twelve thousand five hundred', '12.5k', '8%', 'eight percent', 'two million', '2,000,000', 'ten', '5-point', '2021']) {
    assert.equal(index.containsNumber(num(s)), true, s);
  }
  for (const s of ['March 3', '3 March 2023', '2023-03-03', 'June 2022', 'April 14', 'April 14, 2024', '2023']) {
    assert.equal(index.containsNumber(num(s)), true, s);
  }
  for (const s of ['12,000', '9 percent', 'March 4', 'June 2023', '2020']) {
    assert.equal(index.containsNumber(num(s)), false, s);
  }
});

test('searchPassages ranks the supporting paragraph first', () => {
  const stranded = index.searchPassages('Over 12,500 containers were stranded at the quay in March 2023.');
  assert.equal(stranded[0].paragraph, 2);
  assert.match(stranded[0].excerpt, /12,500 containers/);
  assert.ok(stranded.length <= 3);
  const wages = index.searchPassages('Ruiz said wages fell 8 percent.', 1);
  assert.deepEqual(wages.map((m) => m.paragraph), [3]);
  assert.ok(wages[0].excerpt.length <= 200);
  assert.equal(index.searchPassages('The accord was signed in 2021 with Ostrava.')[0].paragraph, 5);
});

test('searchPassages skips headings unless nothing else matches', () => {
  const crisis = index.searchPassages('The harbour crisis in Velmora');
  assert.ok(crisis.length > 0);
  assert.ok(crisis.every((m) => m.paragraph !== 1));
  const only = buildSourceIndex('# Harbour Crisis\n\nNothing else here.').searchPassages('harbour crisis');
  assert.deepEqual(only.map((m) => m.paragraph), [1]);
  assert.deepEqual(index.searchPassages('zebra quantum'), []);
});

test('sentencesAbout puts the actor’s own dated acts first, passing and adjectival mentions after, and drops repeats', () => {
  const about = index.sentencesAbout(['Velmora', 'Velmoran'], 4);
  // ¶5: Velmora is the subject of a dated fact; ¶2 names it only as a place; ¶4 as the owner of a ministry; ¶6 as an adjective.
  assert.deepEqual(about.map((s) => s.paragraph), [5, 2, 4, 6]);
  assert.match(about[0].text, /^Velmora signed a customs accord/);
  assert.ok(about[0].score > about[1].score && about[1].score > about[2].score && about[2].score >= about[3].score);
  assert.equal(index.sentencesAbout(['Velmora', 'Velmoran']).length, 3);
  // ¶6 opens with ¶5's sentence, reworded by two words: one of them is enough.
  assert.ok(!about.some((s) => s.text.includes('officials recalled')));
  // Names are case-sensitive: only the sentence that writes `velmora` in lower case matches it.
  assert.deepEqual(index.sentencesAbout(['velmora'], 5).map((s) => s.paragraph), [6]);
});

test('sentencesAbout matches demonyms, possessives and whole words only', () => {
  const demonym = index.sentencesAbout(['Velmoran'], 5);
  assert.deepEqual(demonym.map((s) => s.text), ['Velmoran officials declined to comment on the strike; some in velmora shrugged.']);
  assert.equal(index.sentencesAbout(['Ostrava'], 5).length, 2);
  assert.deepEqual(index.sentencesAbout(['Velm']), []);
  assert.deepEqual(index.sentencesAbout([]), []);
  assert.equal(index.sentencesAbout(['U.S. Agency'])[0]?.paragraph, 4);
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const articlePath = path.resolve(repoRoot, '..', 'shared', 'corpus', 'china-dprk-troops-analysis.txt');
const articleSkip = existsSync(articlePath) ? false : `article not present at ${articlePath}`;

test('the shared article: quotes, numbers and actor sentences', { skip: articleSkip }, () => {
  const article = buildSourceIndex(readFileSync(articlePath, 'utf8'));
  assert.equal(article.paragraphs.length, 25);
  // One paragraph per line, headings counted: the spokesperson's words stand in ¶9.
  assert.equal(article.findQuote('a matter for themselves')?.paragraph, 9);
  assert.equal(article.findQuote('“two independent sovereign states.”')?.paragraph, 9);
  assert.equal(article.findQuote('China is not aware of the specifics … between [Pyongyang] and Russia')?.paragraph, 9);
  assert.equal(article.findQuote('cannon fodder')?.paragraph, 10);
  for (const s of ['10,000', 'Nov. 12', 'ten thousand', 'November 12, 2024', 'February 2023', '1995']) {
    assert.equal(article.containsNumber(num(s)), true, s);
  }
  assert.equal(article.containsNumber(num('20,000')), false);
  assert.equal(article.searchPassages('North Korea sent over 10,000 troops to Kursk, the Pentagon said.')[0].paragraph, 1);
  const china = article.sentencesAbout(['China', 'Beijing', 'Chinese']);
  assert.equal(china.length, 3);
  // ¶15 and ¶17 open with the same sentence; only one of them may be offered.
  const all = article.sentencesAbout(['China', 'Beijing', 'Chinese'], 100);
  assert.equal(all.filter((s) => /sole formal ally/.test(s.text)).length, 1);
});

test('searchPassages (cite a source, the citation hover) offers the paragraph stating a fact before one only asking about it', () => {
  const text = [
    'Will the harbour board of Velmora shut the northern quay to tankers for good, as its critics fear?',
    'The harbour board of Velmora shut the northern quay to tankers in May, after a fire on one of them.',
  ].join('\n\n');
  const found = buildSourceIndex(text).searchPassages('The harbour board of Velmora shut the northern quay to tankers.');
  assert.equal(found[0].paragraph, 2);
  assert.match(found[0].excerpt, /^The harbour board of Velmora shut/);
});
