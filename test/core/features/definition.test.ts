// Go to definition: citations lead to the cited paragraph or the schema entry,
// actor mentions to the actor's key; in the schema, related keys and file paths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markedDocument, samplesWorkspace } from '../../helpers/features.js';

const clean = '/ws/assessments/china-dprk-clean.assessment.md';
const draft = '/ws/assessments/china-dprk-draft.assessment.md';
const schemaPath = '/ws/claims-schema.yaml';
const brief = '/ws/sources/china-dprk-troops-brief.md';

/** The definitions at the ‸ that replaces the first `needle` in a sample file, as [path, text at the span]. */
function definitionsAt(file: string, needle: string, marked: string, extra: Record<string, string> = {}): Array<[string, string]> {
  const { service, files } = samplesWorkspace(extra);
  assert.ok(files[file].includes(needle), `sample ${file} no longer holds ${needle}`);
  const { doc, offset } = markedDocument(file, files[file].replace(needle, marked));
  return service.definition(doc, offset).map((l) => [l.path, l.text.slice(l.span.start, l.span.end)]);
}

describe('definition in an assessment', () => {
  test('a citation with ¶n leads to that paragraph of the source file', () => {
    const [[path, paragraph], ...rest] = definitionsAt(clean, '[@china-dprk-2024, ¶3]', '[@china-dp‸rk-2024, ¶3]');
    assert.equal(rest.length, 0);
    assert.equal(path, brief);
    assert.match(paragraph, /^Through late October/);
    assert.match(paragraph, /more than 10,000 troops to Kursk oblast/);
  });

  test('the ¶n locator itself leads to the paragraph too', () => {
    const [[path, paragraph]] = definitionsAt(clean, '[@china-dprk-2024, ¶7]', '[@china-dprk-2024, ¶‸7]');
    assert.equal(path, brief);
    assert.match(paragraph, /^These moves have unfolded/);
  });

  test('in a bracket citing two sources, each part leads to its own source', () => {
    const needle = '[@mfa-briefing-2024-10-24, ¶3; @china-dprk-2024, ¶9]';
    const [[first]] = definitionsAt(clean, needle, '[@mfa-briefing-2024-10-24, ¶‸3; @china-dprk-2024, ¶9]');
    const [[second, paragraph]] = definitionsAt(clean, needle, '[@mfa-briefing-2024-10-24, ¶3; @china-dprk-2024, ¶‸9]');
    assert.equal(first, '/ws/sources/mfa-briefing-2024-10-24.md');
    assert.equal(second, brief);
    assert.match(paragraph, /^Since reports of North Korean troops/);
  });

  test('a citation without a locator leads to the source key in the schema', () => {
    assert.deepEqual(definitionsAt(clean, '[@state-dept-2024-11]', '[@state-dept‸-2024-11]'), [[schemaPath, 'state-dept-2024-11']]);
  });

  test('a ¶n beyond the source falls back to the schema entry', () => {
    assert.deepEqual(definitionsAt(draft, '[@tg-frontline-2024-11]', '[@tg-frontline-2024-11, ¶99‸]'), [[schemaPath, 'tg-frontline-2024-11']]);
  });

  test('a footnote reference and the key in its definition lead to the cited paragraph', () => {
    const fromReference = definitionsAt(clean, '1995[^1]', '1995[^‸1]');
    const fromDefinition = definitionsAt(clean, 'See [@china-dprk-2024, ¶8]', 'See [@china‸-dprk-2024, ¶8]');
    assert.deepEqual(fromReference, fromDefinition);
    assert.equal(fromReference[0][0], brief);
    assert.match(fromReference[0][1], /^In 2021, China renewed its alliance/);
  });

  test('an actor mention leads to the actor key, whichever alias is used', () => {
    assert.deepEqual(definitionsAt(clean, 'Pyongyang', 'Pyong‸yang'), [[schemaPath, 'north-korea']]);
    assert.deepEqual(definitionsAt(clean, 'Kim Jong Un', 'Kim Jong Un‸'), [[schemaPath, 'kim-jong-un']]);
  });

  test('an unknown key, plain prose and half-typed citations lead nowhere and do not throw', () => {
    assert.deepEqual(definitionsAt(draft, '[@china-dprk-204, ¶9]', '[@china-dprk-2‸04, ¶9]'), []);
    assert.deepEqual(definitionsAt(draft, 'Within days', 'With‸in days'), []);
    assert.deepEqual(definitionsAt(draft, '[@tg-frontline-2024-11]', '[@‸'), []);
    assert.deepEqual(definitionsAt(draft, '[@tg-frontline-2024-11]', '[@china-dprk-2024, ¶‸'), []);
  });

  test('an assessment with no schema has no definitions', () => {
    const { service } = samplesWorkspace();
    const { doc, offset } = markedDocument('/elsewhere/note.assessment.md', 'Beijing said so [@china-dprk-‸2024, ¶3].\n');
    assert.deepEqual(service.definition(doc, offset), []);
  });
});

describe('definition in the schema', () => {
  test('a related entry leads to that actor key', () => {
    assert.deepEqual(definitionsAt(schemaPath, 'related: [north-korea, russia, xi-jinping', 'related: [north-korea, russia, xi-jin‸ping'), [[schemaPath, 'xi-jinping']]);
  });

  test("a source's file value leads to the start of the source file", () => {
    const { service, files } = samplesWorkspace();
    const { doc, offset } = markedDocument(schemaPath, files[schemaPath].replace('file: sources/china-dprk', 'file: sources/chi‸na-dprk'));
    const [location, ...rest] = service.definition(doc, offset);
    assert.equal(rest.length, 0);
    assert.equal(location.path, brief);
    assert.deepEqual(location.span, { start: 0, end: 0 });
    assert.equal(location.text, files[brief]);
  });

  test('a related key naming no actor, a missing file and plain values lead nowhere', () => {
    const schema = 'version: 1\nsources:\n  a:\n    file: sources/missing.md\nactors:\n  cn:\n    name: China\n    related: [nobody]\n';
    const { service } = samplesWorkspace({ '/other/claims-schema.yaml': schema });
    for (const marked of [schema.replace('nobody', 'no‸body'), schema.replace('missing.md', 'miss‸ing.md'), schema.replace('China', 'Ch‸ina')]) {
      const { doc, offset } = markedDocument('/other/claims-schema.yaml', marked);
      assert.deepEqual(service.definition(doc, offset), []);
    }
  });
});
