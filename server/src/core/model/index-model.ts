// What the workspace index needs of an assessment nobody has opened yet: the
// actors it mentions and the sources it cites, found with one parse and the
// actor matcher, without the claim detector, numbers, quotations or rules, so
// a workspace of thousands is indexed in seconds. A document in plain Markdown
// (plain-parts.ts: headings, paragraphs, one-line items, citations) is not
// even parsed: its prose blocks are read line by line; in one partly plain,
// only the rest is parsed (partly-plain.ts). The full check that
// follows replaces each such summary with the one of its analysis.
import { blankCitations, type ModelContext } from './build-model.js';
import { findCitations } from './citations.js';
import { limitText } from './limits.js';
import { markdownPartsOf } from './partly-plain.js';
import { segmentSentences } from '../text/segment-sentences.js';

export interface IndexedKeys {
  actorKeys: Set<string>;
  citedKeys: Set<string>;
}

export function indexKeysOf(text: string, context: ModelContext): IndexedKeys {
  const { text: parsed } = limitText(text);
  const parts = markdownPartsOf(parsed);
  const keys: IndexedKeys = { actorKeys: new Set(), citedKeys: new Set() };
  // As buildSentences does: a block's citations belong to its sentences (none, in a block of no sentence), mentions are found per sentence.
  for (const block of parts.blocks) {
    const citations = findCitations(parsed, block, parts.footnoteDefinitions, context.lookupUrl);
    const prose = blankCitations(block, citations);
    const spans = segmentSentences(prose);
    if (spans.length > 0) for (const citation of citations) if (citation.key !== undefined) keys.citedKeys.add(citation.key);
    for (const span of spans) for (const mention of context.actors.find(prose.slice(span.start, span.end), block.start + span.start)) keys.actorKeys.add(mention.actorKey);
  }
  return keys;
}
