import type { Finding } from '../diagnostics.js';
import { standardRewrite } from './action-standard-term.js';
import type { Analysis, CodeActionEntry } from './types.js';

/** The quick fix a finding's typed data allows: nearest key, standard term, or the source's own wording. */
export function fixFinding(analysis: Analysis, finding: Finding): CodeActionEntry[] {
  const data = finding.data;
  const replace = (title: string, newText: string): CodeActionEntry[] => [{
    title,
    kind: 'quickfix',
    edits: [{ path: analysis.path, text: analysis.text, edits: [{ span: finding.span, newText }] }],
    fixes: finding,
    isPreferred: true,
  }];
  if (data?.kind === 'nearest-key' && data.suggestion) return replace(`Change to "${data.suggestion}"`, data.suggestion);
  if (data?.kind === 'standard-term' && data.replacement) {
    const written = analysis.text.slice(finding.span.start, finding.span.end);
    const vocabulary = analysis.schema?.schema.estimative ?? 'icd-203';
    const rewrite = standardRewrite(written, data.replacement, vocabulary, startsSentence(analysis, finding.span.start));
    if (!rewrite) return [];
    const words = matchCase(written, rewrite);
    return replace(rewrite === data.replacement ? `Use the standard term "${data.replacement}"` : `Use the standard term "${data.replacement}": “${words}”`, words);
  }
  if (data?.kind === 'source-wording' && data.wording) {
    return replace(`Use the wording of ${data.sourceKey}, ¶${data.paragraph}: “${shorten(data.wording, 60)}”`, data.wording);
  }
  return [];
}

/** Whether only markup or space stands between the sentence's start and an offset. */
function startsSentence(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.model.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
  return sentence !== undefined && sentence.text.slice(0, offset - sentence.span.start).trim() === '';
}

/** Keeps a capital letter where the analyst wrote one (a term opening a sentence). */
export function matchCase(written: string, replacement: string): string {
  return /^[A-Z]/.test(written) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/** Shortens text for an action title at a word boundary. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:.]$/, '')}…`;
}
