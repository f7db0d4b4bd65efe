// Find all references: every citation of a source and every mention of an
// actor across the workspace's assessments, plus the schema's own entries.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FileLocation } from '../../../server/src/core/service.js';
import { markedDocument, samplesWorkspace } from '../../helpers/features.js';

const clean = '/ws/assessments/china-dprk-clean.assessment.md';
const draft = '/ws/assessments/china-dprk-draft.assessment.md';
const schemaPath = '/ws/claims-schema.yaml';

/** References at the ‸ that replaces the first `needle`, in a workspace of the samples plus `extra`. */
function referencesAt(file: string, needle: string, marked: string, includeDeclaration = true, extra: Record<string, string> = {}): FileLocation[] {
  const { service, files } = samplesWorkspace(extra);
  assert.ok(files[file].includes(needle), `sample ${file} no longer holds ${needle}`);
  const { doc, offset } = markedDocument(file, files[file].replace(needle, marked));
  return service.references(doc, offset, includeDeclaration);
}

/** Each location as `path: text at the span`, to read like the files. */
const shown = (locations: FileLocation[]): string[] => locations.map((l) => `${l.path}: ${l.text.slice(l.span.start, l.span.end)}`);

/** How often a string occurs in a text. */
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('references of a source', () => {
  test('every citation key in both assessments, the footnote, and the schema key', () => {
    const { files } = samplesWorkspace();
    const found = referencesAt(draft, '[@china-dprk-2024, ¶3]', '[@china-‸dprk-2024, ¶3]');
    const keys = (path: string) => found.filter((l) => l.path === path && l.text.slice(l.span.start, l.span.end) === 'china-dprk-2024').length;
    // The clean assessment also cites it through `[^1]`, whose definition spells the key.
    assert.equal(keys(clean), count(files[clean], '@china-dprk-2024'));
    assert.equal(keys(draft), count(files[draft], '@china-dprk-2024'));
    assert.equal(keys(schemaPath), 1);
    assert.ok(shown(found).includes(`${clean}: [^1]`));
    assert.equal(found.length, keys(clean) + keys(draft) + 2);
  });

  test('sorted by path, then offset', () => {
    const found = referencesAt(clean, '[@mfa-briefing-2024-10-24, ¶1]', '[@mfa-briefing-2024-10-24‸, ¶1]');
    const order = found.map((l) => [l.path, l.span.start] as const);
    const sorted = [...order].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
    assert.deepEqual(order, sorted);
    assert.deepEqual([...new Set(found.map((l) => l.path))], [clean, draft, schemaPath]);
  });

  test('without the declaration, the schema key is left out', () => {
    const found = referencesAt(draft, '[@tg-frontline-2024-11]', '[@tg-frontline‸-2024-11]', false);
    assert.deepEqual(shown(found), [`${draft}: tg-frontline-2024-11`]);
  });

  test('a link to a source URL is a reference to that source', () => {
    const found = referencesAt(schemaPath, 'state-dept-2024-11:', 'state-dept-2024-11‸:');
    assert.deepEqual(shown(found), [
      `${clean}: [the State Department](https://www.state.gov/dprk-soldiers-in-combat-against-ukraine/)`,
      `${clean}: state-dept-2024-11`,
      `${schemaPath}: state-dept-2024-11`,
    ]);
  });

  test("the current document's unsaved text is used, not the saved file", () => {
    const { service, files } = samplesWorkspace();
    const edited = files[draft].replace('Beijing has said very little in public', 'Beijing has said little [@tg-frontline-2024-11]. It has said very little in public');
    const { doc, offset } = markedDocument(draft, edited.replace('[@tg-frontline-2024-11]', '[@tg‸-frontline-2024-11]'));
    const found = service.references(doc, offset, false);
    assert.equal(found.length, 2);
    assert.ok(found.every((l) => l.text === doc.text && l.text.slice(l.span.start, l.span.end) === 'tg-frontline-2024-11'));
  });

  test('assessments checked against another schema are not references', () => {
    const other = { '/other/claims-schema.yaml': 'version: 1\nsources:\n  tg-frontline-2024-11: {title: Other}\n', '/other/note.assessment.md': 'The post said so [@tg-frontline-2024-11].\n' };
    const found = referencesAt(draft, '[@tg-frontline-2024-11]', '[@tg-frontline‸-2024-11]', true, other);
    assert.deepEqual([...new Set(found.map((l) => l.path))], [draft, schemaPath]);
  });
});

describe('references of an actor', () => {
  test('mentions in every assessment, related entries and the key, from the schema key', () => {
    const { files } = samplesWorkspace();
    const found = referencesAt(schemaPath, '  north-korea:', '  north-ko‸rea:');
    const inSchema = shown(found.filter((l) => l.path === schemaPath));
    // Six `related` lists name it, plus its own key (the source URL's `north-korean` is no reference).
    assert.deepEqual(inSchema, Array(files[schemaPath].match(/\bnorth-korea\b(?!n)/g)!.length).fill(`${schemaPath}: north-korea`));
    assert.equal(inSchema.length, 7);
    const mentions = shown(found.filter((l) => l.path !== schemaPath));
    assert.ok(mentions.includes(`${clean}: Pyongyang`));
    assert.ok(mentions.includes(`${draft}: North Korean`));
    assert.ok(mentions.every((m) => /: (North Korea|North Koreans?|Pyongyang|DPRK)$/.test(m)), mentions.join('\n'));
  });

  test('the same from a mention in prose and from a related entry', () => {
    const fromSchema = referencesAt(schemaPath, '  north-korea:', '  north-korea‸:');
    assert.deepEqual(referencesAt(draft, 'Pyongyang', 'Pyong‸yang'), fromSchema);
    assert.deepEqual(referencesAt(schemaPath, 'related: [ukraine, north-korea', 'related: [ukraine, ‸north-korea'), fromSchema);
  });

  test('plain prose, a missing schema and half-typed text give nothing and do not throw', () => {
    assert.deepEqual(referencesAt(draft, 'Within days', 'With‸in days'), []);
    assert.deepEqual(referencesAt(draft, '[@tg-frontline-2024-11]', '[@‸'), []);
    const { service } = samplesWorkspace();
    const { doc, offset } = markedDocument('/elsewhere/note.assessment.md', 'Beijing said so [@china-dprk-‸2024].\n');
    assert.deepEqual(service.references(doc, offset, true), []);
    const { doc: yaml, offset: inYaml } = markedDocument(schemaPath, 'version: 1\nactors:\n  cn:\n    related: [‸');
    assert.deepEqual(service.references(yaml, inYaml, true), []);
  });
});

describe('navigation on half-typed text', () => {
  test('every prefix of the draft and the schema answers every navigation request without throwing', () => {
    const { service, files } = samplesWorkspace();
    for (const path of [draft, schemaPath]) {
      for (let end = 0; end <= files[path].length; end += 53) {
        const doc = { path, text: files[path].slice(0, end) };
        for (const offset of [end, Math.max(0, end - 3), end + 5]) {
          for (const l of [...service.definition(doc, offset), ...service.references(doc, offset, true)]) assert.ok(l.span.start <= l.span.end && l.span.end <= l.text.length);
          service.prepareRename(doc, offset);
          service.rename(doc, offset, 'renamed-key');
        }
        service.documentSymbols(doc);
      }
    }
  });
});
