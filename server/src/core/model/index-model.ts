// What the workspace index needs of an assessment nobody has opened yet: the
// actors it mentions and the sources it cites, found with one parse and the
// actor matcher, without the claim detector, numbers, quotations or rules, so
// a workspace of thousands is indexed in seconds. The full check that follows
// replaces each such summary with the one of its analysis.
import { blankCitations, type ModelContext } from './build-model.js';
import { findCitations } from './citations.js';
import { limitText } from './limits.js';
import { parseMarkdown } from './parse-markdown.js';
import { collectMarkdownParts } from './prose-blocks.js';

export interface IndexedKeys {
  actorKeys: Set<string>;
  citedKeys: Set<string>;
}

export function indexKeysOf(text: string, context: ModelContext): IndexedKeys {
  const { text: parsed } = limitText(text);
  const parts = collectMarkdownParts(parseMarkdown(parsed), parsed);
  const keys: IndexedKeys = { actorKeys: new Set(), citedKeys: new Set() };
  for (const block of parts.blocks) {
    const citations = findCitations(parsed, block, parts.footnoteDefinitions, context.lookupUrl);
    for (const citation of citations) if (citation.key !== undefined) keys.citedKeys.add(citation.key);
    for (const mention of context.actors.find(blankCitations(block, citations), block.start)) keys.actorKeys.add(mention.actorKey);
  }
  return keys;
}
