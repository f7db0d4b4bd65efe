// "Remove unused source": the quick fix of `unused-source`, in claims-schema.yaml.
import { codeCatalog } from '../code-catalog.js';
import type { Finding } from '../diagnostics.js';
import { findUnusedSources } from '../rules/unused-source.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import type { CodeActionEntry } from './types.js';

/** Quick fixes in a schema at a span: removing each unused source whose key is there. */
export function schemaCodeActions(loaded: LoadedSchema, span: Span, citedKeys: ReadonlySet<string> | undefined, only?: string[]): CodeActionEntry[] {
  if (only && !only.some((kind) => kind === 'quickfix' || kind === '')) return [];
  const severity = loaded.schema.rules['unused-source'] ?? codeCatalog['unused-source'].defaultSeverity;
  if (severity === 'off') return [];
  return findUnusedSources(loaded.schema, citedKeys)
    .filter((finding) => finding.span.start <= span.end && span.start <= finding.span.end)
    .flatMap((finding): CodeActionEntry[] => {
      const entry = entryLines(loaded.text, finding.span.start);
      if (!entry) return [];
      const fixes: Finding = { ...finding, severity };
      const key = loaded.text.slice(finding.span.start, finding.span.end);
      return [{
        title: `Remove unused source "${key}"`,
        kind: 'quickfix',
        fixes,
        isPreferred: true,
        edits: [{ path: loaded.path, text: loaded.text, edits: [{ span: entry, newText: '' }] }],
      }];
    });
}

/**
 * The whole lines of a block-style YAML entry: the key's line, every line
 * below it indented deeper (its fields, blank lines between them), and the
 * comment lines right above it at the key's own indentation, which describe
 * it (`tradecraft init` writes one). Undefined when the key does not start
 * its line (a flow mapping), where cutting lines would break the YAML.
 */
export function entryLines(text: string, keyStart: number): Span | undefined {
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = text.slice(lineStart, keyStart);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  let end = lineEndAfter(text, keyStart);
  while (end < text.length) {
    const next = lineEndAfter(text, end);
    const line = text.slice(end, next).replace(/\r?\n$/, '');
    const deeper = line.trim() === '' || (/^[ \t]*/.exec(line)![0].length > indent.length);
    if (!deeper) break;
    end = next;
  }
  // Blank lines at the end belong to the gap before the next entry, not to this one.
  while (end > keyStart) {
    const lastLine = text.lastIndexOf('\n', end - 2) + 1;
    if (text.slice(lastLine, end).trim() !== '' || lastLine <= lineStart) break;
    end = lastLine;
  }
  return { start: commentsAbove(text, lineStart, indent), end };
}

function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function commentsAbove(text: string, lineStart: number, indent: string): number {
  let start = lineStart;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(previous, start - 1);
    if (!line.startsWith(`${indent}#`)) break;
    start = previous;
  }
  return start;
}
