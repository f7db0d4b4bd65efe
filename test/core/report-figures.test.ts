// The sourcing report's figures for one assessment, on a small workspace in
// memory written for these tests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AssessmentFigures, ScorecardRow } from '../../server/src/core/report/types.js';
import { memoryWorkspace, samplesWorkspace } from '../helpers/features.js';

const schema = `version: 1
sources:
  harbour-log:
    title: "Harbour master's log"
    file: sources/harbour-log.md
    reliability: B
    credibility: 2
  radio-note:
    title: "Radio monitoring note"
    url: https://example.org/radio-note
actors:
  ruritania:
    name: Ruritania
    kind: state
    aliases: [Ruritanian]
  port-authority:
    name: Port Authority
    kind: organization
`;

const source = `The log records that three freighters docked at the northern quay on 4 May.\n\nCustoms officers inspected two of them.\n`;

const assessment = `# Shipping through the northern quay

Three freighters docked at the northern quay on 4 May [@harbour-log, ¶1].
Customs officers inspected two of them [@harbour-log; @radio-note].
The Port Authority closed the quay for a day.
Ruritanian officials said the closure was routine.[^1]

We assess with moderate confidence that Ruritania is testing the port's controls [@harbour-log].

We assess that the traffic will grow.

This judgment rests on the assumption that the quay stays open.
Alternatively, the freighters probably carry ordinary cargo.
We now assess that the quay is likely busier than in March.

[^1]: A conversation with a port official, May 2026.
`;

function figuresOf(text = assessment): AssessmentFigures {
  const { service } = memoryWorkspace({
    '/ws/claims-schema.yaml': schema,
    '/ws/sources/harbour-log.md': source,
    '/ws/quay.assessment.md': text,
  });
  const result = service.checkAssessment('/ws/quay.assessment.md', text, { withFigures: true });
  assert.ok(result.figures, 'figures are computed when asked for');
  // The figures and the check's own statistics come from the same analysis.
  assert.equal(result.figures.assertions, result.stats.assertions);
  assert.equal(result.figures.sourcedAssertions, result.stats.sourcedAssertions);
  assert.equal(result.figures.judgments, result.stats.judgments);
  return result.figures;
}

const row = (figures: AssessmentFigures, standard: string): ScorecardRow => figures.scorecard.find((r) => r.standard === standard)!;
const sentencesOf = (r: ScorecardRow) => r.evidence.flatMap((g) => g.sentences.map((s) => s.text));

describe('report figures', () => {
  test('are not computed unless asked for', () => {
    const { service } = memoryWorkspace({ '/ws/claims-schema.yaml': schema, '/ws/a.assessment.md': assessment });
    assert.equal(service.checkAssessment('/ws/a.assessment.md', assessment).figures, undefined);
  });

  test('count sourced and unsourced facts, and name the unsourced ones with their lines', () => {
    const figures = figuresOf();
    assert.deepEqual(figures.unsourcedAssertions.map((e) => [e.line, e.text]), [[4, 'The Port Authority closed the quay for a day.']]);
    assert.equal(figures.assertions - figures.sourcedAssertions, 1);
  });

  test('count citations per source with its grade and whether its text was read', () => {
    const bySource = Object.fromEntries(figuresOf().citations.map((c) => [c.label, c]));
    assert.deepEqual(
      { citations: bySource['harbour-log'].citations, grade: `${bySource['harbour-log'].reliability}${bySource['harbour-log'].credibility}`, hasText: bySource['harbour-log'].hasText },
      { citations: 3, grade: 'B2', hasText: true },
    );
    assert.deepEqual([bySource['radio-note'].citations, bySource['radio-note'].hasText, bySource['radio-note'].reliability], [1, false, undefined]);
    assert.equal(bySource['footnote in words'].kind, 'unkeyed');
  });

  test('list the citations that cannot be verified, with why', () => {
    const unverifiable = figuresOf().unverifiableCitations.map((c) => [c.label, c.reason, c.sentence.line]);
    assert.deepEqual(unverifiable, [
      ['radio-note', 'the schema holds no readable text for this source', 3],
      ['footnote in words', 'a footnote in plain words', 5],
    ]);
  });

  test('tell judgments with a confidence level from those without, and find those on one source', () => {
    const figures = figuresOf();
    assert.equal(figures.judgments, 3);
    assert.equal(figures.judgmentsWithConfidence, 1);
    assert.deepEqual(figures.judgmentsWithoutConfidence.map((e) => e.text), ['We assess that the traffic will grow.', 'We now assess that the quay is likely busier than in March.']);
    assert.deepEqual(figures.singleSourceJudgments.map((e) => e.line), [7]);
  });

  test('count each actor named, by name or alias', () => {
    assert.deepEqual(figuresOf().actors.map((a) => [a.name, a.mentions]), [['Ruritania', 2], ['Port Authority', 1]]);
  });
});

describe('the ICD 203 scorecard', () => {
  test('has a row per standard, each with a verdict in words and a finding', () => {
    const figures = figuresOf();
    assert.deepEqual(figures.scorecard.map((r) => r.standard), [
      'Sourcing described', 'Uncertainty expressed', 'Facts told apart from judgments', 'Assumptions stated', 'Alternatives considered', 'Change from a prior judgment',
    ]);
    for (const r of figures.scorecard) assert.ok(r.finding.length > 10, r.standard);
  });

  test('sourcing: partly met when a cited source has no grade, with the sentences that cite it', () => {
    const sourcing = row(figuresOf(), 'Sourcing described');
    assert.equal(sourcing.verdict, 'partly');
    const ungraded = sourcing.evidence.find((g) => g.label.startsWith('radio-note'))!;
    assert.match(ungraded.label, /no Admiralty grade/);
    assert.deepEqual(ungraded.sentences.map((s) => s.line), [3]);
  });

  test('uncertainty: names the judgment without confidence as what is missing', () => {
    const uncertainty = row(figuresOf(), 'Uncertainty expressed');
    assert.equal(uncertainty.verdict, 'partly');
    assert.ok(sentencesOf(uncertainty).includes('We assess that the traffic will grow.'));
  });

  test('facts and judgments: the share of unsourced facts, with those facts', () => {
    const facts = row(figuresOf(), 'Facts told apart from judgments');
    assert.match(facts.finding, /^1 of \d+ checkable facts carry no citation/);
    assert.deepEqual(sentencesOf(facts), ['The Port Authority closed the quay for a day.']);
  });

  test('assumptions, alternatives and change are found by their wording, and said to be absent when not', () => {
    const figures = figuresOf();
    assert.deepEqual(sentencesOf(row(figures, 'Assumptions stated')), ['This judgment rests on the assumption that the quay stays open.']);
    assert.deepEqual(sentencesOf(row(figures, 'Alternatives considered')), ['Alternatively, the freighters probably carry ordinary cargo.']);
    assert.deepEqual(sentencesOf(row(figures, 'Change from a prior judgment')), ['We now assess that the quay is likely busier than in March.']);
    const bare = figuresOf('# Note\n\nThree freighters docked at the northern quay on 4 May [@harbour-log, ¶1].\n');
    for (const standard of ['Assumptions stated', 'Alternatives considered', 'Change from a prior judgment']) {
      assert.deepEqual([row(bare, standard).verdict, row(bare, standard).evidence], ['not found', []], standard);
    }
  });

  test('on the samples, the draft falls short where its findings say so', () => {
    const { service, files } = samplesWorkspace();
    const path = '/ws/assessments/china-dprk-draft.assessment.md';
    const figures = service.checkAssessment(path, files[path], { withFigures: true }).figures!;
    const uncertainty = row(figures, 'Uncertainty expressed');
    assert.ok(uncertainty.evidence.some((g) => g.label === 'Likelihood and confidence mixed in one sentence' && g.count >= 1));
    assert.notEqual(row(figures, 'Facts told apart from judgments').verdict, 'met');
  });
});
