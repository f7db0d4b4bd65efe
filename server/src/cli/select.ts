// --select and --ignore: which codes a run reports, as severity overrides on
// top of the schema's `rules:` (a code left out is switched off, exactly as
// `off` in the schema would).
import { diagnosticCodes, isDiagnosticCode, type DiagnosticCode } from '../core/diagnostics.js';
import type { SeverityOverrides } from '../core/rules/index.js';
import { nearestWord } from '../core/text/nearest.js';

/** A comma-separated list of codes, or a one-line reason naming the nearest code to an unknown one. */
export function parseCodeList(raw: string, option: string): DiagnosticCode[] | { message: string } {
  const codes = raw.split(',').map((code) => code.trim()).filter(Boolean);
  if (codes.length === 0) return { message: `${option} needs one or more codes, separated by commas (see 'tradecraft rules')` };
  for (const code of codes) {
    if (isDiagnosticCode(code)) continue;
    const nearest = nearestWord(code, diagnosticCodes);
    const hint = nearest ? `did you mean '${nearest}'?` : "see 'tradecraft rules' for the list";
    return { message: `unknown code '${code}' in ${option}; ${hint}` };
  }
  return [...new Set(codes as DiagnosticCode[])];
}

/** Turns every code not selected, and every code ignored, off. */
export function selectionOverrides(select: readonly DiagnosticCode[] | undefined, ignore: readonly DiagnosticCode[] | undefined): SeverityOverrides {
  const overrides: SeverityOverrides = {};
  for (const code of diagnosticCodes) {
    if ((select && !select.includes(code)) || ignore?.includes(code)) overrides[code] = 'off';
  }
  return overrides;
}
