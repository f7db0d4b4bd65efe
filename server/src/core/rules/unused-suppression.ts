import type { AssessmentModel, SuppressionDirective } from '../model/types.js';
import type { RuleFinding } from './rule.js';

/**
 * The suppression comments that silence none of the findings the rules
 * raised (before severities: a code switched off in one editor still fires in
 * CI, so its suppression is not unused). Reported on the comment itself.
 */
export function findUnusedSuppressions(model: AssessmentModel, raised: readonly RuleFinding[]): RuleFinding[] {
  const used = new Map<SuppressionDirective, Set<string>>();
  for (const finding of raised) {
    for (const directive of model.suppressions.silencersOf(finding.code, finding.span)) {
      if (!used.has(directive)) used.set(directive, new Set());
      used.get(directive)!.add(finding.code);
    }
  }
  return model.suppressions.directives.flatMap((directive) => unusedPart(directive, used.get(directive)));
}

function unusedPart(directive: SuppressionDirective, silenced: Set<string> | undefined): RuleFinding[] {
  const comment = `tradecraft-${directive.kind}`;
  if (directive.codes === 'all') {
    if (silenced) return [];
    return [finding(directive, `Unused suppression: ${comment} silences no finding here; remove the comment.`, 'all')];
  }
  const unused = directive.codes.filter((code) => !silenced?.has(code));
  if (unused.length === 0) return [];
  const named = unused.map((code) => `"${code}"`).join(', ');
  const advice = unused.length === directive.codes.length ? 'remove the comment' : `drop ${unused.length === 1 ? 'it' : 'them'} from the comment`;
  return [finding(directive, `Unused suppression: ${comment} ${named} silences no finding here; ${advice}.`, unused)];
}

function finding(directive: SuppressionDirective, message: string, unused: string[] | 'all'): RuleFinding {
  return { code: 'unused-suppression', message, span: directive.span, data: { kind: 'unused-suppression', unused } };
}
