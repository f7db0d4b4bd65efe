// PLACEHOLDER
import type { Span } from '../text/line-index.js';
import type { Analysis, CodeActionEntry } from './types.js';

export function codeActionsAt(analysis: Analysis, span: Span): CodeActionEntry[] {
  return [];
}
