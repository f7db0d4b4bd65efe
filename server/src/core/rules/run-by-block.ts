import type { SentenceBlock } from '../model/types.js';
import type { AssessmentContext, AssessmentRule, RuleFinding } from './rule.js';

/** What the block rules found in a block, for one schema version, at the block's shift then. */
interface KeptFindings {
  schemaVersion: object;
  shift: number;
  findings: RuleFinding[];
}

/** Kept with each block's origin: gone with the block once no model holds it. */
const kept = new WeakMap<object, KeptFindings>();

/**
 * Runs rules of `block` scope one prose block at a time. A block whose
 * sentences are unchanged since an earlier check against the same schema
 * version keeps that check's findings, moved with the block: a keystroke runs
 * the rules over the block it changed, not over the whole document.
 */
export function runBlockRules(rules: readonly AssessmentRule[], context: AssessmentContext): RuleFinding[] {
  const { model, schemaVersion } = context;
  const findings: RuleFinding[] = [];
  for (const block of model.blocks) {
    const reusable = schemaVersion !== undefined && block.origin !== undefined;
    const before = reusable ? kept.get(block.origin!) : undefined;
    if (before && before.schemaVersion === schemaVersion) {
      for (const finding of before.findings) findings.push(moved(finding, block.shift - before.shift));
      continue;
    }
    const found = checkBlock(rules, context, block);
    if (reusable) kept.set(block.origin!, { schemaVersion: schemaVersion!, shift: block.shift, findings: found });
    for (const finding of found) findings.push(finding);
  }
  return findings;
}

function checkBlock(rules: readonly AssessmentRule[], context: AssessmentContext, block: SentenceBlock): RuleFinding[] {
  if (block.count === 0) return [];
  const sentences = context.model.sentences.slice(block.first, block.first + block.count);
  const view: AssessmentContext = { ...context, model: { ...context.model, sentences, blocks: [{ ...block, first: 0 }] } };
  const findings: RuleFinding[] = [];
  for (const rule of rules) for (const finding of rule.check(view)) findings.push(finding);
  return findings;
}

function moved(finding: RuleFinding, delta: number): RuleFinding {
  return delta === 0 ? finding : { ...finding, span: { start: finding.span.start + delta, end: finding.span.end + delta } };
}
