// Every `¶n` of a card is a link that opens the source at that paragraph. VS
// Code runs a command URI (the extension registers the command and trusts
// it in hovers); other clients get a `file:` URI with a `#L<line>` fragment,
// which they open as a file and most place at the line.
import type { LoadedSchema } from '../service-types.js';

/** How a surface wants paragraph links: a VS Code command, or a plain file URI. */
export type ParagraphLinkStyle = 'command' | 'file';

/** The client command a `command:` link runs, with `[fileUri, line]` (0-based line). */
export const OPEN_SOURCE_COMMAND = 'tradecraft.openSourceParagraph';

/** A `file:` URI for an absolute path (POSIX or Windows). */
export function fileUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const rooted = /^[A-Za-z]:/.test(slashed) ? `/${slashed}` : slashed;
  return `file://${rooted.split('/').map((part, i) => (i === 1 && /^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part))).join('/')}`;
}

/** The 0-based line at which paragraph `n` of a source starts, or undefined when the source has no such paragraph. */
function paragraphLine(loaded: LoadedSchema, sourceKey: string, n: number): { path: string; line: number } | undefined {
  const file = loaded.sourceFiles.get(sourceKey);
  const paragraph = loaded.sourceIndexes.get(sourceKey)?.paragraphs[n - 1];
  if (!file || !paragraph) return undefined;
  let line = 0;
  for (let at = file.text.indexOf('\n'); at >= 0 && at < paragraph.span.start; at = file.text.indexOf('\n', at + 1)) line++;
  return { path: file.path, line };
}

/** The target of a `¶n` link in the given style. */
export function paragraphTarget(loaded: LoadedSchema, sourceKey: string, n: number, style: ParagraphLinkStyle): string | undefined {
  const at = paragraphLine(loaded, sourceKey, n);
  if (!at) return undefined;
  const uri = fileUri(at.path);
  if (style === 'file') return `${uri}#L${at.line + 1}`;
  return `command:${OPEN_SOURCE_COMMAND}?${encodeURIComponent(JSON.stringify([uri, at.line])).replace(/\(/g, '%28').replace(/\)/g, '%29')}`;
}

/** `¶n` as a Markdown link to the paragraph, or plain `¶n` when the source text is not available. */
export function paragraphLink(loaded: LoadedSchema, sourceKey: string, n: number, style: ParagraphLinkStyle): string {
  const target = paragraphTarget(loaded, sourceKey, n, style);
  return target ? `[¶${n}](${target})` : `¶${n}`;
}
