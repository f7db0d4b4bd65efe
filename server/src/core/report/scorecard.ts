import type { Finding } from '../diagnostics.js';
import type { Analysis } from '../features/types.js';
import type { Sentence } from '../model/types.js';
import type { ToEvidence } from './figures.js';
import type { AssessmentFigures, Evidence, ScorecardRow } from './types.js';
import { alternativeWording, assumptionWording, changeWording } from './wording.js';

type Figures = Omit<AssessmentFigures, 'scorecard'>;
type Group = ScorecardRow['evidence'][number];

/** How many sentences a group shows at most: enough to judge, few enough to read. */
const maxSentences = 6;

/**
 * The ICD 203 scorecard of one assessment: one row per standard that text can
 * show, each with the sentences that back it. The findings are read by code
 * name, so a code that a rule does not (yet) report simply adds nothing.
 */
export function scorecardOf(analysis: Analysis, figures: Figures, evidence: ToEvidence): ScorecardRow[] {
  const context = { analysis, figures, evidence, findingSentences: findingSentences(analysis, evidence) };
  return [sourcingRow(context), uncertaintyRow(context), factsRow(context), assumptionsRow(context), alternativesRow(context), changeRow(context)];
}

interface RowContext {
  analysis: Analysis;
  figures: Figures;
  evidence: ToEvidence;
  findingSentences: (code: string) => Evidence[];
}

function sourcingRow({ analysis, figures, evidence }: RowContext): ScorecardRow {
  const row = { standard: 'Sourcing described', icd203: '1' };
  const known = figures.citations.filter((c) => c.kind === 'known');
  const graded = known.filter((c) => c.reliability !== undefined && c.credibility !== undefined);
  const ungraded = figures.citations.filter((c) => !graded.includes(c));
  if (figures.citations.length === 0) return { ...row, verdict: 'not met', finding: 'No source is cited.', evidence: [] };
  const citing = (label: string) => sentencesCiting(analysis, label).map(evidence);
  const groups = [
    ...graded.map((c) => group(`${c.label}: graded ${c.reliability}${c.credibility}`, citing(c.label))),
    ...ungraded.map((c) => group(`${c.label}: ${c.kind === 'known' ? 'no Admiralty grade in the schema' : c.kind === 'unknown' ? 'not in the schema' : 'no grade possible (not a schema source)'}`, citing(c.label))),
  ];
  const verdict = ungraded.length === 0 ? 'met' : graded.length > 0 ? 'partly' : 'not met';
  return { ...row, verdict, finding: `${graded.length} of ${figures.citations.length} cited sources carry Admiralty grades (reliability and credibility).`, evidence: groups };
}

function uncertaintyRow({ analysis, figures, evidence, findingSentences }: RowContext): ScorecardRow {
  const row = { standard: 'Uncertainty expressed', icd203: '2' };
  const withTerm = (kind: 'likelihood' | 'confidence') => analysis.model.sentences.filter((s) => s.estimative.some((e) => e.kind === kind)).map(evidence);
  const likelihood = withTerm('likelihood');
  const confidence = withTerm('confidence');
  const problems = [
    group('Likelihood and confidence mixed in one sentence', findingSentences('likelihood-with-confidence')),
    group('Forecasts without a likelihood term', findingSentences('forecast-without-likelihood')),
    group('Hedges outside the vocabulary', findingSentences('nonstandard-estimative')),
    group('Judgments without a confidence level', figures.judgmentsWithoutConfidence),
  ].filter((g) => g.count > 0);
  const expressed = [group('Likelihood stated', likelihood), group('Confidence stated', confidence)].filter((g) => g.count > 0);
  const verdict = expressed.length === 0 ? 'not met' : problems.length === 0 ? 'met' : 'partly';
  const issues = problems.map((g) => `${g.count} ${g.label.toLowerCase()}`).join(', ');
  const finding = `${likelihood.length} sentences state a likelihood, ${confidence.length} a confidence level${issues ? `; ${issues}` : '; no mixing, no unhedged forecast'}.`;
  return { ...row, verdict, finding, evidence: [...problems, ...expressed] };
}

function factsRow({ figures }: RowContext): ScorecardRow {
  const row = { standard: 'Facts told apart from judgments', icd203: '3' };
  const { assertions, sourcedAssertions, unsourcedAssertions } = figures;
  if (assertions === 0) return { ...row, verdict: 'not found', finding: 'No checkable fact was found.', evidence: [] };
  const unsourcedShare = Math.round((100 * unsourcedAssertions.length) / assertions);
  const verdict = unsourcedAssertions.length === 0 ? 'met' : sourcedAssertions >= 0.8 * assertions ? 'partly' : 'not met';
  const finding = `${unsourcedAssertions.length} of ${assertions} checkable facts carry no citation (${unsourcedShare}% unsourced); ${figures.judgments} sentences are the analyst's own judgments.`;
  return { ...row, verdict, finding, evidence: [group('Facts stated without a source', unsourcedAssertions)].filter((g) => g.count > 0) };
}

function assumptionsRow(context: RowContext): ScorecardRow {
  return wordingRow(context, { standard: 'Assumptions stated', icd203: '3' }, assumptionWording, 'Sentences stating an assumption');
}

function alternativesRow(context: RowContext): ScorecardRow {
  return wordingRow(context, { standard: 'Alternatives considered', icd203: '4' }, alternativeWording, 'Sentences weighing an alternative');
}

function changeRow(context: RowContext): ScorecardRow {
  return wordingRow(context, { standard: 'Change from a prior judgment', icd203: '7' }, changeWording, 'Sentences relating a judgment to an earlier one');
}

function wordingRow({ analysis, evidence }: RowContext, row: Pick<ScorecardRow, 'standard' | 'icd203'>, wording: RegExp, label: string): ScorecardRow {
  const found = analysis.model.sentences.filter((s) => wording.test(s.text)).map(evidence);
  if (found.length === 0) return { ...row, verdict: 'not found', finding: 'No wording found that does this.', evidence: [] };
  return { ...row, verdict: 'met', finding: `${found.length} ${found.length === 1 ? 'sentence does' : 'sentences do'} this (detected wording).`, evidence: [group(label, found)] };
}

function group(label: string, sentences: Evidence[]): Group {
  return { label, count: sentences.length, sentences: sentences.slice(0, maxSentences) };
}

function sentencesCiting(analysis: Analysis, label: string): Sentence[] {
  return analysis.model.sentences.filter((s) => s.citations.some((c) => (c.key ?? c.url ?? 'footnote in words') === label));
}

/** The sentences holding the findings of a code, each once, in document order. */
function findingSentences(analysis: Analysis, evidence: ToEvidence): (code: string) => Evidence[] {
  return (code) => {
    const starts = analysis.findings.filter((f: Finding) => f.code === code).map((f) => f.span.start);
    const sentences = analysis.model.sentences.filter((s) => starts.some((at) => at >= s.span.start && at < s.span.end));
    return sentences.map(evidence);
  };
}
