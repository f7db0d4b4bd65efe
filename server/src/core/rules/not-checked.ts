import type { UncheckedPart } from '../model/types.js';
import type { AssessmentRule } from './rule.js';

/** A part of the document a limit left unchecked: said once per part, never silently skipped. */
export const notChecked: AssessmentRule = {
  code: 'not-checked',
  scope: 'document',
  check: ({ model }) => model.unchecked.map((part) => ({ code: 'not-checked', message: messageOf(part), span: part.span })),
};

function messageOf(part: UncheckedPart): string {
  switch (part.limit) {
    case 'nesting':
      return `Not checked: these lines nest quotes, lists, links or emphasis more than ${part.value} levels deep. The rest of the document is checked.`;
    case 'size':
      return `Not checked: this document is over the size limit of ${Math.round(part.value / 1024)} KB (setting tradecraft.limits.maxDocumentKB, or --max-document-kb on the command line).`;
    case 'time':
      return `Not checked from here on: the check used up its time budget of ${part.value} ms (setting tradecraft.limits.timeBudgetMs, or --time-budget-ms). The part above is checked, and the next check gets further.`;
  }
}
