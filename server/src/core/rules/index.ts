import { codeCatalog } from '../code-catalog.js';
import type { DiagnosticCode, Finding, SeveritySetting } from '../diagnostics.js';
import type { ClaimsSchema } from '../schema/types.js';
import { forecastWithoutLikelihood } from './forecast-without-likelihood.js';
import { judgmentWithoutConfidence } from './judgment-without-confidence.js';
import { likelihoodWithConfidence } from './likelihood-with-confidence.js';
import { nonstandardEstimative } from './nonstandard-estimative.js';
import { notChecked } from './not-checked.js';
import { numberNotInSource } from './number-not-in-source.js';
import { quoteNotInSource } from './quote-not-in-source.js';
import type { AssessmentContext, AssessmentRule, RuleFinding, SchemaRule } from './rule.js';
import { runBlockRules } from './run-by-block.js';
import { schemaError } from './schema-error.js';
import { singleSourceConfidence } from './single-source-confidence.js';
import { sourceFileMissing } from './source-file-missing.js';
import { unattributedQuote } from './unattributed-quote.js';
import { unknownSource } from './unknown-source.js';
import { unsourcedAssertion } from './unsourced-assertion.js';
import { findUnusedSources } from './unused-source.js';
import { findUnusedSuppressions } from './unused-suppression.js';
import { weakSource } from './weak-source.js';

/** The rules over assessments, one per code. */
export const assessmentRules: AssessmentRule[] = [
  unsourcedAssertion,
  unattributedQuote,
  unknownSource,
  quoteNotInSource,
  numberNotInSource,
  nonstandardEstimative,
  likelihoodWithConfidence,
  judgmentWithoutConfidence,
  singleSourceConfidence,
  weakSource,
  forecastWithoutLikelihood,
  notChecked,
];

const blockRules = assessmentRules.filter((rule) => rule.scope === 'block');
const documentRules = assessmentRules.filter((rule) => rule.scope === 'document');

/** The rules over the claims schema file. */
export const schemaRules: SchemaRule[] = [schemaError, sourceFileMissing];

/** Severity overrides: the schema's `rules:` first, then editor or CLI settings on top. */
export type SeverityOverrides = Partial<Record<DiagnosticCode, SeveritySetting>>;

/** Runs every assessment rule, dropping suppressed and switched-off findings; `reportUnusedSuppressions` adds a finding on each comment that silences nothing. */
export function checkAssessmentRules(context: AssessmentContext, overrides: SeverityOverrides = {}, reportUnusedSuppressions = false): Finding[] {
  const { model } = context;
  const findings = [...runBlockRules(blockRules, context), ...documentRules.flatMap((rule) => rule.check(context))];
  const kept = findings.filter((f) => model.suppressions.silencersOf(f.code, f.span).length === 0);
  const unused = reportUnusedSuppressions ? findUnusedSuppressions(model, findings) : [];
  return applySeverities([...kept, ...unused], { ...context.schema?.rules, ...overrides });
}

/** Runs the schema rules over a parsed schema; `citedKeys` (every key the schema's assessments cite) adds `unused-source`. */
export function checkSchemaRules(schema: ClaimsSchema, overrides: SeverityOverrides = {}, citedKeys?: ReadonlySet<string>): Finding[] {
  const findings = [...schemaRules.flatMap((rule) => rule.check(schema)), ...findUnusedSources(schema, citedKeys)];
  return applySeverities(findings, { ...schema.rules, ...overrides });
}

function applySeverities(findings: RuleFinding[], overrides: SeverityOverrides): Finding[] {
  const result: Finding[] = [];
  for (const finding of findings) {
    const setting = overrides[finding.code] ?? codeCatalog[finding.code].defaultSeverity;
    if (setting !== 'off') result.push({ ...finding, severity: setting });
  }
  return result.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
