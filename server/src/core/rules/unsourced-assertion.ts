import type { AssessmentRule } from './rule.js';

/** A sentence that states a checkable fact and cites nothing. */
export const unsourcedAssertion: AssessmentRule = {
  code: 'unsourced-assertion',
  check({ model }) {
    return model.sentences
      .filter((s) => s.claim === 'assertion' && s.citations.length === 0)
      .map((s) => ({
        code: 'unsourced-assertion',
        message: `Unsourced assertion: ${describeFact(s.claimReasons)} but cites no source. Add a citation such as [@key, ¶n], or reword it as your own judgment.`,
        span: s.span,
        data: { kind: 'unsourced', sentence: s.text.replace(/\s+/g, ' ').trim() },
      }));
  },
};

/** Turns the detector's first reason into words an analyst recognises. */
export function describeFact(reasons: string[]): string {
  const [reason = ''] = reasons;
  const [kind, detail] = reason.split(/:\s*/, 2);
  if (kind === 'reported') return `this sentence reports what someone said or found (“${detail}”)`;
  if (kind === 'quotation') return 'this sentence quotes someone';
  if (kind === 'figure') return `this sentence gives a figure (${detail})`;
  if (kind === 'attribution') return `this sentence says who is behind something (“${detail}”)`;
  const facts = new Set(reasons);
  if (facts.has('date')) return 'this sentence states a dated fact';
  if (facts.has('number')) return 'this sentence states a number';
  if (facts.has('agreement or formal act')) return 'this sentence states what an agreement or formal act is or says';
  if (facts.has('past event') || facts.has('present perfect')) return 'this sentence states an event';
  if (facts.has('present-tense fact')) return 'this sentence states what someone does, owns or is made of';
  if (['opens a quotation', 'closes a quotation', 'inside a quotation'].some((q) => facts.has(q))) return 'this sentence quotes someone';
  return 'this sentence states a checkable fact';
}
