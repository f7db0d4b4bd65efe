// Completion over the bundled samples, through the service facade: a line is
// typed at the end of an assessment (or into the schema) with the cursor ‸,
// and the entries a user would see come back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnosticCodes } from '../../../server/src/core/diagnostics.js';
import type { CompletionEntry, DocumentInput } from '../../../server/src/core/service.js';
import { cursor, markedDocument, samplesWorkspace } from '../../helpers/features.js';

const draftPath = '/ws/assessments/china-dprk-draft.assessment.md';
const schemaPath = '/ws/claims-schema.yaml';
const sampleKeys = ['china-dprk-2024', 'mfa-briefing-2024-10-24', 'state-dept-2024-11', 'tg-frontline-2024-11'];

/** Completions with the cursor at the end of the draft plus a new line `typed` (which holds ‸). */
function completeTyping(typed: string): { entries: CompletionEntry[]; doc: DocumentInput } {
  const { service, files } = samplesWorkspace();
  const { doc, offset } = markedDocument(draftPath, `${files[draftPath]}\n${typed}`);
  return { entries: service.complete(doc, offset), doc };
}

/** Completions in the schema after replacing `find` by `marked` (which holds ‸). */
function completeInSchema(find: string, marked: string): { entries: CompletionEntry[]; doc: DocumentInput } {
  const { service, files } = samplesWorkspace();
  assert.ok(files[schemaPath].includes(find), `sample schema no longer contains ${JSON.stringify(find)}`);
  const { doc, offset } = markedDocument(schemaPath, files[schemaPath].replace(find, marked));
  return { entries: service.complete(doc, offset), doc };
}

/** The text an entry replaces. */
const replaced = (doc: DocumentInput, entry: CompletionEntry) => doc.text.slice(entry.span.start, entry.span.end);

/** The document after accepting an entry. */
const accept = (doc: DocumentInput, entry: CompletionEntry) => doc.text.slice(0, entry.span.start) + entry.insertText + doc.text.slice(entry.span.end);

const labels = (entries: CompletionEntry[]) => entries.map((e) => e.label).sort();

describe('completing a citation key', () => {
  test('after [@ every source key is offered with title · date', () => {
    const { entries, doc } = completeTyping(`Troops moved [@${cursor}`);
    assert.deepEqual(labels(entries), sampleKeys);
    const brief = entries.find((e) => e.label === 'china-dprk-2024');
    assert.equal(brief?.detail, 'China and North Korean troops in Russia (source brief) · 2024-11-20');
    assert.equal(brief?.kind, 'source');
    assert.ok(entries.every((e) => replaced(doc, e) === ''), 'nothing typed yet, nothing replaced');
  });

  test('the partial key typed so far is replaced', () => {
    const { entries, doc } = completeTyping(`Troops moved [@chi${cursor}`);
    assert.deepEqual(labels(entries), sampleKeys);
    const brief = entries.find((e) => e.label === 'china-dprk-2024');
    assert.ok(brief);
    assert.equal(replaced(doc, brief), 'chi');
    assert.ok(accept(doc, brief).endsWith('Troops moved [@china-dprk-2024'));
  });

  test('an @ after a closed citation is not a key being typed', () => {
    const { entries } = completeTyping(`Troops moved [@china-dprk-2024, ¶3] and then @chi${cursor}`);
    assert.ok(!entries.some((e) => e.kind === 'source'), JSON.stringify(labels(entries)));
  });

  test('an auto-closed bracket and a second key after ; @ work too', () => {
    const closed = completeTyping(`Troops moved [@chi${cursor}]`);
    assert.deepEqual(labels(closed.entries), sampleKeys);
    const second = completeTyping(`Troops moved [@china-dprk-2024, ¶3; @mf${cursor}`);
    const mfa = second.entries.find((e) => e.label === 'mfa-briefing-2024-10-24');
    assert.ok(mfa);
    assert.equal(replaced(second.doc, mfa), 'mf');
  });
});

describe('completing a ¶ locator', () => {
  test('after [@key, every paragraph of that source is offered as ¶n with an excerpt', () => {
    const { service } = samplesWorkspace();
    const paragraphs = service.loadSchema(schemaPath)?.sourceIndexes.get('china-dprk-2024')?.paragraphs ?? [];
    const { entries } = completeTyping(`Troops moved [@china-dprk-2024, ${cursor}`);
    assert.ok(paragraphs.length > 10);
    assert.deepEqual(entries.map((e) => e.label), paragraphs.map((p) => `¶${p.number}`));
    const ninth = entries.find((e) => e.label === '¶9');
    assert.equal(ninth?.kind, 'locator');
    assert.ok(ninth?.detail?.startsWith('Since reports of North Korean troops in Russia emerged'), ninth?.detail);
    assert.ok(entries.every((e, i) => i === 0 || (e.sortText ?? '') > (entries[i - 1].sortText ?? '')), '¶10 sorts after ¶9');
  });

  test('after [@key, ¶ the typed ¶ is replaced', () => {
    const { entries, doc } = completeTyping(`Troops moved [@mfa-briefing-2024-10-24, ¶${cursor}]`);
    const third = entries.find((e) => e.label === '¶3');
    assert.ok(third);
    assert.equal(replaced(doc, third), '¶');
    assert.ok(accept(doc, third).endsWith('[@mfa-briefing-2024-10-24, ¶3]'));
  });

  test('a source without a readable text offers no locators', () => {
    assert.deepEqual(completeTyping(`Troops moved [@state-dept-2024-11, ¶${cursor}`).entries, []);
  });
});

describe('completing prose', () => {
  test('Pyong offers Pyongyang with North Korea as detail, replacing the prefix', () => {
    const { entries, doc } = completeTyping(`Troops left Pyong${cursor}`);
    const pyongyang = entries.find((e) => e.label === 'Pyongyang');
    assert.ok(pyongyang, JSON.stringify(labels(entries)));
    assert.equal(pyongyang.kind, 'actor');
    assert.equal(pyongyang.detail, 'North Korea · state');
    assert.equal(replaced(doc, pyongyang), 'Pyong');
    assert.ok(accept(doc, pyongyang).endsWith('Troops left Pyongyang'));
  });

  test('a name of several words is completed from its first words, whatever their case', () => {
    const { entries, doc } = completeTyping(`Troops left north K${cursor}`);
    const northKorea = entries.find((e) => e.label === 'North Korea');
    assert.ok(northKorea);
    assert.equal(replaced(doc, northKorea), 'north K');
  });

  test("typing an actor's name also finds its aliases, filtered by that name", () => {
    const { entries } = completeTyping(`Troops left Nor${cursor}`);
    const dprk = entries.find((e) => e.label === 'DPRK');
    assert.ok(dprk);
    assert.ok(dprk.filterText?.startsWith('North Korea'), dprk.filterText);
    const direct = entries.find((e) => e.label === 'North Korea');
    assert.ok((direct?.sortText ?? '') < (dprk.sortText ?? ''), 'direct matches sort first');
  });

  test('likelihood terms carry their band, confidence phrases are offered whole', () => {
    const likely = completeTyping(`Talks will li${cursor}`).entries.find((e) => e.label === 'likely');
    assert.equal(likely?.kind, 'term');
    assert.match(likely?.detail ?? '', /55–80 %/);
    const { entries, doc } = completeTyping(`We judge with high conf${cursor}`);
    const high = entries.find((e) => e.label === 'high confidence');
    assert.ok(high);
    assert.equal(high.kind, 'confidence');
    assert.equal(replaced(doc, high), 'high conf');
  });

  test('nothing is offered with an empty prefix, in code, in front matter or in a code block', () => {
    assert.deepEqual(completeTyping(`Troops left ${cursor}`).entries, []);
    assert.deepEqual(completeTyping(`We assess with high ${cursor} that talks fail.`).entries, [], 'a finished word is no prefix');
    assert.deepEqual(completeTyping(`Run \`Pyong${cursor}\` now.`).entries, []);
    assert.deepEqual(completeTyping(`\`\`\`\nPyong${cursor}\n\`\`\``).entries, []);
    const { service, files } = samplesWorkspace();
    for (const typed of [`"Pyong${cursor}"`, `"[@chi${cursor}"`]) {
      const { doc, offset } = markedDocument(draftPath, files[draftPath].replace('"East Asia desk"', typed));
      assert.deepEqual(service.complete(doc, offset), [], `front matter ${typed}`);
    }
  });
});

describe('completing related actors in the schema', () => {
  test('a half-typed flow list offers actor keys except the actor itself and those listed', () => {
    const { entries, doc } = completeInSchema('related: [ukraine, north-korea, china, vladimir-putin]', `related: [north-korea, ru${cursor}`);
    const keys = labels(entries);
    assert.ok(keys.includes('ukraine') && keys.includes('china'), keys.join(', '));
    assert.ok(!keys.includes('russia'), 'not the actor itself');
    assert.ok(!keys.includes('north-korea'), 'not an actor already listed');
    const ukraine = entries.find((e) => e.label === 'ukraine');
    assert.equal(ukraine?.detail, 'Ukraine · state');
    assert.equal(replaced(doc, ukraine!), 'ru');
  });

  test('a block list offers keys after "- ", leaving out the items above and below', () => {
    const { entries } = completeInSchema(
      'related: [ukraine, north-korea, china, vladimir-putin]',
      `related:\n      - ukraine\n      - ${cursor}\n      - china`,
    );
    const keys = labels(entries);
    assert.ok(keys.includes('north-korea'));
    assert.ok(!keys.includes('ukraine') && !keys.includes('china') && !keys.includes('russia'), keys.join(', '));
  });

  test('outside a related list nothing is offered', () => {
    assert.deepEqual(completeInSchema('aliases: [Moscow,', `aliases: [Mo${cursor}scow,`).entries, []);
    assert.deepEqual(completeInSchema('kind: place', `kind: pl${cursor}ace`).entries, []);
  });
});

describe('half-typed input', () => {
  test('completion never throws at any offset of a half-typed line, in an assessment or the schema', () => {
    const { service, files } = samplesWorkspace();
    const tails = ['[@', '[@chi', '[@china-dprk-2024, ', '[@china-dprk-2024, ¶', '[@x; @', '[', '@', '¶'];
    for (const tail of tails) {
      const text = `${files[draftPath]}\nBeijing said so ${tail}`;
      for (let offset = text.length - 30; offset <= text.length + 1; offset++) {
        assert.doesNotThrow(() => service.complete({ path: draftPath, text }, offset), `${tail} at ${offset}`);
      }
    }
    const schema = files[schemaPath].replace('related: [ukraine, north-korea, china, vladimir-putin]', 'related: [');
    const at = schema.indexOf('related: [') + 'related: ['.length;
    for (let offset = at - 20; offset <= at + 20; offset++) {
      assert.doesNotThrow(() => service.complete({ path: schemaPath, text: schema }, offset), `schema at ${offset}`);
    }
    assert.ok(service.complete({ path: schemaPath, text: schema }, at).some((e) => e.label === 'ukraine'));
  });
});

describe('completion in suppression comments', () => {
  const path = '/ws/assessments/china-dprk-draft.assessment.md';
  test('the directive after <!-- tradecraft-, then every code after it', () => {
    const { service } = samplesWorkspace();
    const directive = markedDocument(path, '# T\n\n<!-- tradecraft-dis‸\n');
    const directives = service.complete(directive.doc, directive.offset);
    assert.ok(directives.some((e) => e.label === 'disable-next-line' && e.insertText === 'disable-next-line'));
    const code = markedDocument(path, '# T\n\n<!-- tradecraft-disable-next-line weak-source, unsou‸ -->\n');
    const codes = service.complete(code.doc, code.offset);
    assert.equal(codes.length, diagnosticCodes.length);
    const endOfLine = markedDocument(path, '# T\n\nA sentence. <!-- tradecraft-disable-l‸\n');
    assert.ok(service.complete(endOfLine.doc, endOfLine.offset).some((e) => e.label === 'disable-line'));
    const lineCode = markedDocument(path, '# T\n\nA sentence. <!-- tradecraft-disable-line unsou‸ -->\n');
    assert.ok(service.complete(lineCode.doc, lineCode.offset).some((e) => e.label === 'unsourced-assertion'));
    const unsourced = codes.find((e) => e.label === 'unsourced-assertion')!;
    assert.equal(code.doc.text.slice(unsourced.span.start, unsourced.span.end), 'unsou');
  });
});
