// Completion inside a suppression comment: the directive after
// `<!-- tradecraft-`, and the diagnostic codes after the directive.
import { codeCatalog } from '../code-catalog.js';
import { diagnosticCodes } from '../diagnostics.js';
import type { CompletionEntry } from './types.js';

const directives = {
  'disable-line': 'At the end of a line: silences the listed codes (or all) on that line.',
  'disable-next-line': 'Silences the listed codes (or all) on the next line.',
  disable: 'Silences the listed codes (or all) until tradecraft-enable.',
  enable: 'Ends a tradecraft-disable region.',
  'disable-file': 'Silences the listed codes (or all) in the whole file.',
};

const typingDirective = /<!--\s*tradecraft-([\w-]*)$/;
const typingCode = /<!--\s*tradecraft-(?:disable-line|disable-next-line|disable-file|disable|enable)\s+(?:[\w-]+[\s,]+)*([\w-]*)$/;

/** Directives or codes for a suppression comment being typed before `offset`; undefined elsewhere. */
export function suppressionCompletions(text: string, offset: number): CompletionEntry[] | undefined {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const code = typingCode.exec(line);
  if (code) {
    const span = { start: offset - code[1].length, end: offset };
    return diagnosticCodes.map((c) => ({ label: c, kind: 'code' as const, detail: codeCatalog[c].summary, insertText: c, span }));
  }
  const directive = typingDirective.exec(line);
  if (!directive) return undefined;
  const span = { start: offset - directive[1].length, end: offset };
  return Object.entries(directives).map(([name, detail]) => ({ label: name, kind: 'code' as const, detail, insertText: name, span }));
}
