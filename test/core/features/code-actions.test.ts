// Code actions in the core: each one applied to the text, and the result
// checked again, as the analyst would see it after accepting the fix.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, markedDocument, samplesWorkspace } from '../../helpers/features.js';

const draftPath = '/ws/assessments/china-dprk-draft.assessment.md';

/** The draft with the cursor put just inside the first occurrence of `probe`. */
function draftAt(probe: string, plus = 1) {
  const ws = samplesWorkspace();
  const text = ws.files[draftPath];
  const at = text.indexOf(probe);
  assert.ok(at >= 0, `"${probe}" is in the draft`);
  const { doc, offset } = markedDocument(draftPath, text.slice(0, at + plus) + '‸' + text.slice(at + plus));
  return { ws, doc, span: { start: offset, end: offset } };
}

describe('code actions', () => {
  test('cite a source: three passages, titled with source and excerpt; the first inserts the best citation and clears the finding', () => {
    const { ws, doc, span } = draftAt('The Pentagon confirmed on November 4');
    const cites = ws.service.codeActions(doc, span).filter((a) => a.kind === 'quickfix.tradecraft.cite');
    assert.equal(cites.length, 3);
    assert.match(cites[0].title, /^Cite china-dprk-2024 \(B2\), ¶3: “.*November 4.*”$/);
    assert.equal(cites[0].isPreferred, true);
    assert.equal(cites[0].fixes?.code, 'unsourced-assertion');
    const fixed = applyEdits(doc.text, cites[0].edits[0].edits);
    assert.ok(fixed.includes("troops were in Russia's Kursk oblast [@china-dprk-2024, ¶3]."));
    const after = ws.service.checkAssessment(draftPath, fixed).findings;
    const sentenceStart = fixed.indexOf('The Pentagon confirmed');
    assert.ok(!after.some((f) => f.code === 'unsourced-assertion' && f.span.start === sentenceStart));
  });

  test('cite a source is offered only where a source is missing, unless asked for by name', () => {
    const { ws, doc, span } = draftAt('Beijing has said very little in public');
    assert.ok(!ws.service.codeActions(doc, span).some((a) => a.kind === 'quickfix.tradecraft.cite'), 'no light bulb on a cited sentence');
    const judgment = draftAt('We assess that China will not press');
    assert.ok(!judgment.ws.service.codeActions(judgment.doc, judgment.span).some((a) => a.kind === 'quickfix.tradecraft.cite'), 'none on a judgment');
    const asked = ws.service.codeActions(doc, span, ['quickfix.tradecraft.cite']);
    assert.ok(asked.length > 0 && asked.every((a) => a.kind === 'quickfix.tradecraft.cite'), 'asked for by kind: only cite actions');
  });

  test('cite a source adds to a citation the sentence already ends with', () => {
    const { ws, doc, span } = draftAt('Beijing has said very little in public');
    const cite = ws.service.codeActions(doc, span, ['quickfix.tradecraft.cite'])[0];
    const fixed = applyEdits(doc.text, cite.edits[0].edits);
    assert.match(fixed, /Beijing has said very little in public \[@china-dprk-2024, ¶9; @[\w-]+, ¶\d+\]\./);
  });

  test('an unknown key is replaced by the nearest one', () => {
    const { ws, doc, span } = draftAt('china-dprk-204,');
    const fix = ws.service.codeActions(doc, span).find((a) => a.fixes?.code === 'unknown-source' && a.kind === 'quickfix' && a.isPreferred)!;
    assert.equal(fix.title, 'Change to "china-dprk-2024"');
    const fixed = applyEdits(doc.text, fix.edits[0].edits);
    assert.ok(!ws.service.checkAssessment(draftPath, fixed).findings.some((f) => f.code === 'unknown-source'));
  });

  test('a non-standard hedge becomes the standard term in words that still read as a sentence', () => {
    const { ws, doc, span } = draftAt('Perhaps Beijing');
    const fix = ws.service.codeActions(doc, span).find((a) => a.fixes?.code === 'nonstandard-estimative' && a.isPreferred)!;
    assert.equal(fix.title, 'Use the standard term "roughly even chance": “There is a roughly even chance that”');
    assert.ok(applyEdits(doc.text, fix.edits[0].edits).includes('\nThere is a roughly even chance that Beijing quietly welcomes'));
    const modal = draftAt('might well force');
    const modalFix = modal.ws.service.codeActions(modal.doc, modal.span).find((a) => a.fixes?.code === 'nonstandard-estimative')!;
    assert.ok(applyEdits(modal.doc.text, modalFix.edits[0].edits).includes('North Korean escalation will probably force'));
  });

  test('a misquote takes the source\'s own wording, and then is found in the source', () => {
    const { ws, doc, span } = draftAt('a matter for Pyongyang');
    const fix = ws.service.codeActions(doc, span).find((a) => a.fixes?.code === 'quote-not-in-source')!;
    assert.match(fix.title, /^Use the wording of mfa-briefing-2024-10-24, ¶3: “a matter for themselves”$/);
    const fixed = applyEdits(doc.text, fix.edits[0].edits);
    assert.ok(fixed.includes('called the troop presence “a matter for themselves”'));
    assert.ok(!ws.service.checkAssessment(draftPath, fixed).findings.some((f) => f.code === 'quote-not-in-source'));
  });

  test('a wrong figure names what the cited paragraph gives, and the fix takes it', () => {
    const { ws, doc, span } = draftAt('12,000 troops');
    const finding = ws.service.checkAssessment(draftPath, doc.text).findings.find((f) => f.code === 'number-not-in-source' && doc.text.slice(f.span.start, f.span.end) === '12,000')!;
    assert.match(finding.message, /¶3 gives “more than 10,000 troops”/);
    const fix = ws.service.codeActions(doc, span).find((a) => a.fixes?.code === 'number-not-in-source')!;
    assert.equal(fix.title, 'Use the wording of china-dprk-2024, ¶3: “10,000”');
    const fixed = applyEdits(doc.text, fix.edits[0].edits);
    assert.ok(fixed.includes('put the force at 10,000 troops [@china-dprk-2024, ¶3]'));
    assert.ok(!ws.service.checkAssessment(draftPath, fixed).findings.some((f) => f.code === 'number-not-in-source' && fixed.slice(f.span.start, f.span.end) === '10,000'));
  });

  test('a selected name becomes an alias of an actor mentioned around it, by an edit of the schema', () => {
    const ws = samplesWorkspace();
    const text = ws.files[draftPath].replace('Beijing has said very little', 'The Zhongnanhai leadership of China has said very little');
    const start = text.indexOf('Zhongnanhai leadership');
    const doc = { path: draftPath, text };
    const actions = ws.service.codeActions(doc, { start, end: start + 'Zhongnanhai leadership'.length });
    const add = actions.find((a) => a.title === 'Add "Zhongnanhai leadership" as an alias of China');
    assert.ok(add, actions.map((a) => a.title).join('\n'));
    assert.equal(add.edits[0].path, '/ws/claims-schema.yaml');
    ws.files['/ws/claims-schema.yaml'] = applyEdits(ws.files['/ws/claims-schema.yaml'], add.edits[0].edits);
    assert.ok(ws.files['/ws/claims-schema.yaml'].includes("aliases: [Beijing, PRC, Chinese, People's Republic of China, Zhongnanhai leadership]"));
    assert.equal(ws.service.checkSchema('/ws/claims-schema.yaml', ws.files['/ws/claims-schema.yaml']).findings.length, 0);
    const mentions = ws.service.analyse(doc).model.sentences.flatMap((s) => s.mentions).filter((m) => m.text === 'Zhongnanhai leadership');
    assert.deepEqual(mentions.map((m) => m.actorKey), ['china']);
  });

  test('a known name offers no alias action; no selection offers none either', () => {
    const { ws, doc, span } = draftAt('Beijing has said');
    assert.ok(!ws.service.codeActions(doc, span).some((a) => a.title.startsWith('Add ')));
    const start = doc.text.indexOf('Beijing has said');
    assert.ok(!ws.service.codeActions(doc, { start, end: start + 7 }).some((a) => a.title.startsWith('Add ')));
  });

  test('suppress on this line and in this file silence exactly that code', () => {
    const { ws, doc, span } = draftAt('Perhaps Beijing');
    const actions = ws.service.codeActions(doc, span);
    const line = actions.find((a) => a.title === 'Suppress nonstandard-estimative on this line')!;
    const onLine = ws.service.checkAssessment(draftPath, applyEdits(doc.text, line.edits[0].edits)).findings;
    const before = ws.service.checkAssessment(draftPath, doc.text).findings;
    assert.equal(onLine.filter((f) => f.code === 'nonstandard-estimative').length, before.filter((f) => f.code === 'nonstandard-estimative').length - 1);
    const file = actions.find((a) => a.title === 'Suppress nonstandard-estimative in this file')!;
    const inFile = applyEdits(doc.text, file.edits[0].edits);
    assert.ok(inFile.startsWith('---\n'), 'the front matter stays first');
    assert.equal(ws.service.checkAssessment(draftPath, inFile).findings.filter((f) => f.code === 'nonstandard-estimative').length, 0);
    assert.ok(ws.service.checkAssessment(draftPath, inFile).findings.some((f) => f.code === 'unsourced-assertion'));
  });
});

describe('code lens', () => {
  test('the lens sums up sourcing, and lists exactly the assertions it counts as unsourced', () => {
    const ws = samplesWorkspace();
    const doc = { path: draftPath, text: ws.files[draftPath] };
    const [lens] = ws.service.codeLenses(doc);
    // The sentence citing the unknown key china-dprk-204 rests on no source, so it is not counted as sourced.
    assert.equal(lens.title, '12 assertions · 7 sourced (58%) · 3 judgments');
    assert.deepEqual(lens.span, { start: 0, end: 0 });
    const listed = ws.service.unsourced(doc).map((l) => doc.text.slice(l.span.start, l.span.end));
    assert.equal(listed.length, 12 - 7);
    assert.ok(listed.some((s) => s.startsWith('The Pentagon confirmed on November 4')));
    assert.ok(listed.some((s) => s.startsWith('Within days, the State Department confirmed')), 'a suppressed one is still unsourced');
    assert.ok(listed.some((s) => s.includes('[@china-dprk-204, ¶9]')));
  });

  test('an assessment with no assertions says so without a percentage', () => {
    const ws = samplesWorkspace();
    const [lens] = ws.service.codeLenses({ path: '/ws/assessments/empty.assessment.md', text: '# Title\n\nWe assess that talks will likely fail.\n' });
    assert.match(lens.title, /^0 assertions · 0 sourced · \d+ judgments?$/);
  });
});
