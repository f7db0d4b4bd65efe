// Hover cards over the bundled samples, driven through the service facade the
// way an editor would: a document, a cursor (‸) and the card that comes back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { confidenceMeanings } from '../../../server/src/core/model/estimative-vocabulary.js';
import type { HoverCard } from '../../../server/src/core/service.js';
import { cursor, markedDocument, memoryWorkspace, samplesWorkspace } from '../../helpers/features.js';

const draftPath = '/ws/assessments/china-dprk-draft.assessment.md';
const cleanPath = '/ws/assessments/china-dprk-clean.assessment.md';
const schemaPath = '/ws/claims-schema.yaml';
const briefPath = '/ws/sources/china-dprk-troops-brief.md';

/** The sample text of `path` with the cursor placed where `marked` (which holds ‸) stands for `find`. */
function hoverIn(path: string, find: string, marked: string, extra: Record<string, string> = {}): { card?: HoverCard; text: string } {
  const { service, files } = samplesWorkspace(extra);
  assert.ok(files[path].includes(find), `sample ${path} no longer contains ${JSON.stringify(find)}`);
  const { doc, offset } = markedDocument(path, files[path].replace(find, marked));
  return { card: service.hover(doc, offset), text: doc.text };
}

/** The quoted source sentences of a card (blockquote lines that are not attributions), unescaped. */
function quotedSentences(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('> ') && !line.startsWith('> — '))
    .map((line) => line.slice(2).replace(/\\(.)/g, '$1'));
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('hover on an actor mention', () => {
  test('Pyongyang shows North Korea: kind, aliases, note, source sentences with ¶n, related actors, mention count', () => {
    const { card, text } = hoverIn(draftPath, 'Moscow and Pyongyang signed', `Moscow and Pyong${cursor}yang signed`);
    assert.ok(card, 'expected a card');
    assert.equal(text.slice(card.span.start, card.span.end), 'Pyongyang');
    assert.match(card.markdown, /\*\*North Korea\*\* · state/);
    assert.match(card.markdown, /DPRK/);
    assert.match(card.markdown, /Sent more than 10,000 troops to Russia's Kursk oblast/);
    assert.match(card.markdown, /\*\*Related:\*\* Russia, China, Kim Jong Un, South Korea/);
    assert.match(card.markdown, /Mentioned in 2 of 2 assessments/);
  });

  test('the source sentences are real sentences of the brief about the actor, each with its title and ¶n', () => {
    const { files } = samplesWorkspace();
    const { card } = hoverIn(draftPath, 'Moscow and Pyongyang signed', `Moscow and Pyong${cursor}yang signed`);
    const sentences = quotedSentences(card?.markdown ?? '');
    assert.ok(sentences.length >= 2 && sentences.length <= 3, `expected 2–3 sentences, got ${sentences.length}`);
    const brief = flat(files[briefPath]);
    for (const sentence of sentences) {
      assert.ok(brief.includes(sentence), `not a sentence of the brief: ${sentence}`);
      assert.match(sentence, /North Korea|Pyongyang|DPRK/);
    }
    const attributions = (card?.markdown ?? '').split('\n').filter((line) => line.startsWith('> — '));
    assert.equal(attributions.length, sentences.length);
    for (const line of attributions) {
      assert.match(line, /China and North Korean troops in Russia \(source brief\)\* \(B2\), \[¶\d+\]\(file:\/\/\/ws\/sources\/china-dprk-troops-brief\.md#L\d+\)$/);
    }
  });

  test('the mention count covers every assessment of the workspace, not only those that mention the actor', () => {
    const extra = { '/ws/assessments/other.assessment.md': '# Other\n\nThe weather in Kyiv was mild on Tuesday [@china-dprk-2024].\n' };
    const { card } = hoverIn(draftPath, 'Moscow and Pyongyang signed', `Moscow and Pyong${cursor}yang signed`, extra);
    assert.match(card?.markdown ?? '', /Mentioned in 2 of 3 assessments/);
  });

  test('assessments checked against another schema are not counted', () => {
    const extra = {
      '/other/claims-schema.yaml': 'version: 1\nsources: {}\nactors:\n  north-korea:\n    name: North Korea\n    kind: state\n    aliases: [Pyongyang]\n',
      '/other/notes.assessment.md': '# Notes\n\nPyongyang held a parade.\n',
    };
    const { card } = hoverIn(draftPath, 'Moscow and Pyongyang signed', `Moscow and Pyong${cursor}yang signed`, extra);
    assert.match(card?.markdown ?? '', /Mentioned in 2 of 2 assessments/);
  });
});

describe('hover on a citation', () => {
  test('[@china-dprk-2024, ¶9] shows title, publisher, date, what the grades mean and the ¶9 text', () => {
    const find = 'Beijing has said very little in public [@china-dprk-2024, ¶9]';
    const { card, text } = hoverIn(draftPath, find, `Beijing has said very little in public [@china-dprk-2024, ¶${cursor}9]`);
    assert.ok(card, 'expected a card');
    assert.equal(text.slice(card.span.start, card.span.end), '[@china-dprk-2024, ¶9]');
    assert.match(card.markdown, /\*\*China and North Korean troops in Russia \(source brief\)\*\*/);
    assert.match(card.markdown, /Think-tank analysis, paraphrased for the samples · 2024-11-20/);
    assert.match(card.markdown, /B — Usually reliable/);
    assert.match(card.markdown, /2 — Probably true/);
    assert.match(card.markdown, /Cited passage\*\*, ¶9/);
    assert.match(card.markdown, /China's official reaction has been subdued/);
    assert.match(card.markdown, /between \\\[North Korea\\\] and Russia/, 'square brackets from the source are escaped');
  });

  test('hovering the key of a citation works as well as its locator', () => {
    const find = 'in public [@china-dprk-2024, ¶9]';
    const { card } = hoverIn(draftPath, find, `in public [@china${cursor}-dprk-2024, ¶9]`);
    assert.match(card?.markdown ?? '', /China's official reaction has been subdued/);
  });

  test('in [@a, ¶17; @b, ¶3] the part under the cursor is described, and only its span', () => {
    const find = '[@china-dprk-2024, ¶17; @mfa-briefing-2024-10-24, ¶3]';
    const { card, text } = hoverIn(draftPath, find, `[@china-dprk-2024, ¶17; @mfa-brief${cursor}ing-2024-10-24, ¶3]`);
    assert.ok(card, 'expected a card');
    assert.match(card.markdown, /Chinese foreign ministry regular press briefing/);
    assert.match(card.markdown, /Cited passage\*\*, ¶3/);
    assert.equal(text.slice(card.span.start, card.span.end).trim(), '@mfa-briefing-2024-10-24, ¶3]');
  });

  test('without a locator the best passage for the sentence is shown, labelled as such, with low grades explained', () => {
    const { card } = hoverIn(draftPath, '[@tg-frontline-2024-11]', `[@tg-front${cursor}line-2024-11]`);
    assert.ok(card, 'expected a card');
    assert.match(card.markdown, /E — Unreliable/);
    assert.match(card.markdown, /5 — Improbable/);
    assert.match(card.markdown, /Best passage for this sentence\*\*, ¶\d+/);
    assert.match(card.markdown, /Sumy/);
  });

  test('an unknown key gets a short card that says so and suggests the nearest key', () => {
    const { card } = hoverIn(draftPath, '[@china-dprk-204, ¶9]', `[@china-dprk-2${cursor}04, ¶9]`);
    assert.match(card?.markdown ?? '', /not in the claims schema/);
    assert.match(card?.markdown ?? '', /Did you mean `china-dprk-2024`\?/);
    assert.doesNotMatch(card?.markdown ?? '', /Reliability/);
  });

  test('a source known only by URL says its text is not available and gives the URL', () => {
    const { card } = hoverIn(cleanPath, '[@state-dept-2024-11]', `[@state-dept${cursor}-2024-11]`);
    assert.match(card?.markdown ?? '', /full text is not available/);
    assert.match(card?.markdown ?? '', /<https:\/\/www\.state\.gov\/dprk-soldiers-in-combat-against-ukraine\/>/);
  });

  test('a citation inside a footnote definition is described too', () => {
    const { card } = hoverIn(cleanPath, '[^1]: See [@china-dprk-2024, ¶8]', `[^1]: See [@china-dprk-2024, ¶${cursor}8]`);
    assert.match(card?.markdown ?? '', /Cited passage\*\*, ¶8/);
    assert.match(card?.markdown ?? '', /China renewed its alliance with North Korea/);
  });
});

describe('hover on estimative language', () => {
  test('likely shows its ICD 203 band and the whole scale', () => {
    const { card, text } = hoverIn(draftPath, 'Beijing is likely to keep', `Beijing is lik${cursor}ely to keep`);
    assert.ok(card, 'expected a card');
    assert.equal(text.slice(card.span.start, card.span.end), 'likely');
    assert.match(card.markdown, /\*\*likely\*\* — 55–80 % on the ICD 203 likelihood scale/);
    assert.match(card.markdown, /\| \*\*55–80 %\*\* \| \*\*likely, probable\*\* \|/);
    assert.match(card.markdown, /\| 95–99 % \| almost certain, nearly certain \|/);
  });

  test('a PHIA schema names the PHIA yardstick and its bands', () => {
    const { service } = memoryWorkspace({
      '/p/claims-schema.yaml': 'version: 1\nestimative: phia\nsources: {}\n',
      '/p/a.assessment.md': '# A\n\nTalks will likely fail.\n',
    });
    const { doc, offset } = markedDocument('/p/a.assessment.md', `# A\n\nTalks will li${cursor}kely fail.\n`);
    const card = service.hover(doc, offset);
    assert.match(card?.markdown ?? '', /55–75 % on the PHIA probability yardstick/);
    assert.match(card?.markdown ?? '', /realistic possibility/);
  });

  test('a non-standard hedge says so and names the standard replacement', () => {
    const { card } = hoverIn(draftPath, 'Perhaps Beijing', `Per${cursor}haps Beijing`);
    assert.match(card?.markdown ?? '', /\*\*Perhaps\*\* is not a standard term of the ICD 203 likelihood scale/);
    assert.match(card?.markdown ?? '', /Use \*\*roughly even chance\*\* \(45–55 %\) instead/);
  });

  test('a confidence level says what it means and that it is not a likelihood', () => {
    const { card } = hoverIn(draftPath, 'with high confidence that', `with high conf${cursor}idence that`);
    assert.ok(card?.markdown.includes(confidenceMeanings.high), 'the meaning of high confidence');
    assert.match(card?.markdown ?? '', /Confidence is not likelihood/);
  });
});

describe('hover in the schema', () => {
  test('an actor key shows the actor card', () => {
    const { card } = hoverIn(schemaPath, '  north-korea:\n    name: North Korea', `  north-ko${cursor}rea:\n    name: North Korea`);
    assert.match(card?.markdown ?? '', /\*\*North Korea\*\* · state/);
    assert.match(card?.markdown ?? '', /Mentioned in 2 of 2 assessments/);
  });

  test('an entry of a related list shows the card of the actor it names', () => {
    const find = 'related: [russia, china, kim-jong-un, south-korea]';
    const { card, text } = hoverIn(schemaPath, find, `related: [russia, china, kim-j${cursor}ong-un, south-korea]`);
    assert.ok(card, 'expected a card');
    assert.equal(text.slice(card.span.start, card.span.end), 'kim-jong-un');
    assert.match(card.markdown, /\*\*Kim Jong Un\*\* · person/);
  });

  test('a source key shows the source card without a cited passage', () => {
    const { card } = hoverIn(schemaPath, '  china-dprk-2024:\n', `  china-dprk${cursor}-2024:\n`);
    assert.match(card?.markdown ?? '', /China and North Korean troops in Russia \(source brief\)/);
    assert.match(card?.markdown ?? '', /B — Usually reliable/);
    assert.doesNotMatch(card?.markdown ?? '', /Cited passage|Best passage/);
  });
});

describe('hover elsewhere', () => {
  test('plain prose, front matter and schema values give no card', () => {
    assert.equal(hoverIn(draftPath, 'quietly welcomes', `quiet${cursor}ly welcomes`).card, undefined);
    assert.equal(hoverIn(draftPath, 'author: "East Asia desk"', `author: "East A${cursor}sia desk"`).card, undefined);
    assert.equal(hoverIn(schemaPath, 'kind: organization', `kind: organi${cursor}zation`).card, undefined);
  });

  test('a citation written inside inline code is code, not a citation', () => {
    const find = 'Beijing has said very little in public [@china-dprk-2024, ¶9].';
    const marked = `Beijing has said very little in public \`[@china-dprk-2024, ¶${cursor}9]\`.`;
    assert.equal(hoverIn(draftPath, find, marked).card, undefined);
  });

  test('half-typed citations never throw, at any offset of the line being typed', () => {
    const { service, files } = samplesWorkspace();
    for (const tail of ['[@', '[@chi', '[@china-dprk-2024, ', '[@china-dprk-2024, ¶', '[@china-dprk-2024; @', '[^', '[@]']) {
      const text = `${files[draftPath]}\nBeijing said so ${tail}`;
      for (let offset = text.length - 40; offset <= text.length + 1; offset++) {
        assert.doesNotThrow(() => service.hover({ path: draftPath, text }, offset), `${tail} at ${offset}`);
      }
      assert.equal(service.hover({ path: draftPath, text }, text.length), undefined, `no card at the end of ${tail}`);
    }
  });

  test('a schema that is half-typed still hovers its valid keys', () => {
    const { service, files } = samplesWorkspace();
    const text = files[schemaPath].replace('related: [ukraine, north-korea, china, vladimir-putin]', 'related: [north-korea, ru');
    const offset = text.indexOf('  china:') + 4;
    assert.match(service.hover({ path: schemaPath, text }, offset)?.markdown ?? '', /\*\*China\*\* · state/);
  });
});
