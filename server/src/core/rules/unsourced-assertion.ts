import type { AssessmentRule } from './rule.js';

/** A sentence that states a checkable fact and cites nothing. */
export const unsourcedAssertion: AssessmentRule = {
  code: 'unsourced-assertion',
  scope: 'block',
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

/**
 * Turns the detector's reasons into words an analyst recognises, quoting the
 * words that made the verdict where the detector names them (`date: March 1,
 * 2025` → `this sentence states a dated event (“March 1, 2025”)`).
 */
export function describeFact(reasons: string[]): string {
  const [reason = ''] = reasons;
  const [kind, detail] = reason.split(/:\s*/, 2);
  if (kind === 'reported') return `this sentence reports what someone said or found (“${detail}”)`;
  if (kind === 'quotation') return 'this sentence quotes someone';
  if (kind === 'attribution') return `this sentence says who is behind something (“${detail}”)`;
  if (kind === 'scheduled') return `this sentence announces a scheduled event (“${detail}”)`;
  const facts = new Map(reasons.map((r) => r.split(/:\s*/, 2) as [string, string | undefined]));
  const shown = (cue: string) => (facts.get(cue) ? ` (“${facts.get(cue)}”)` : '');
  const event = facts.has('past event') ? 'past event' : facts.has('present perfect') ? 'present perfect' : undefined;
  if (facts.has('date')) return `this sentence states a dated ${event ? 'event' : 'fact'}${shown('date')}`;
  if (kind === 'figure' || facts.has('figure')) return `this sentence gives a figure${shown('figure')}`;
  if (facts.has('number')) return `this sentence states a number${shown('number')}`;
  if (facts.has('agreement or formal act')) return `this sentence states what an agreement or formal act is or says${shown('agreement or formal act')}`;
  if (event) return `this sentence states an event${shown(event)}`;
  if (facts.has('present-tense fact')) return `this sentence states what someone does, owns or is made of${shown('present-tense fact')}`;
  if (['opens a quotation', 'closes a quotation', 'inside a quotation'].some((q) => facts.has(q))) return 'this sentence quotes someone';
  return 'this sentence states a checkable fact';
}
