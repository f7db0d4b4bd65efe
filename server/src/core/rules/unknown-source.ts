import { nearestWord } from '../text/nearest.js';
import type { AssessmentRule, RuleFinding } from './rule.js';

/** A citation key that the schema does not define; suggests the nearest key. */
export const unknownSource: AssessmentRule = {
  code: 'unknown-source',
  scope: 'block',
  check({ model, schema }) {
    if (!schema) return [];
    const unknown = model.sentences.flatMap((s) => s.citations).filter((c) => c.form !== 'link' && c.key !== undefined && !schema.sources.has(c.key));
    if (unknown.length === 0) return [];
    // The keys to suggest from, listed only where one is needed: the rule runs on every block.
    const known = [...schema.sources.keys()];
    return unknown
      .map((c): RuleFinding => {
        const suggestion = nearestWord(c.key!, known);
        const hint = suggestion
          ? `did you mean "${suggestion}"?`
          : `define it under sources: in claims-schema.yaml${known.length ? ` (known: ${known.slice(0, 5).join(', ')})` : ''}.`;
        return {
          code: 'unknown-source',
          message: `Unknown source "${c.key}"; ${hint}`,
          span: c.keySpan ?? c.span,
          data: { kind: 'nearest-key', key: c.key!, suggestion },
        };
      });
  },
};
