import type { DiagnosticCode, Severity } from './diagnostics.js';

/** What a user needs to know about one diagnostic code. */
export interface CodeInfo {
  defaultSeverity: Severity;
  /** One line: what the code is about. */
  summary: string;
  /** A few sentences: why it matters and how to fix it. */
  help: string;
}

/** The catalog of codes, used for default severities, SARIF rules and docs. */
export const codeCatalog: Record<DiagnosticCode, CodeInfo> = {
  'unsourced-assertion': {
    defaultSeverity: 'warning',
    summary: 'A sentence states a checkable fact but carries no citation.',
    help: 'Events, numbers, dates, what someone said or did and the existence or content of agreements need a source. Add a citation such as [@key, ¶n], a footnote or a link to the source. Your own judgments (estimative language, "we assess") need none.',
  },
  'unattributed-quote': {
    defaultSeverity: 'warning',
    summary: 'A quotation of four or more words has no citation and no named speaker.',
    help: 'Every quotation needs to say who said it and where it comes from. Name the speaker or add a citation to the source that contains the quotation.',
  },
  'unknown-source': {
    defaultSeverity: 'error',
    summary: 'A citation names a source key the claims schema does not define.',
    help: 'Citation keys must match a key under sources: in claims-schema.yaml. Fix the spelling (the message suggests the nearest key) or add the source to the schema.',
  },
  'quote-not-in-source': {
    defaultSeverity: 'error',
    summary: 'A quotation in a cited sentence appears in none of the cited sources.',
    help: 'Quotations must reproduce the source wording. Typographic quotes, whitespace, case, [inserted words] and … elisions are tolerated. Use the source\'s own wording (the message shows the closest passage) or cite the source that contains the quotation.',
  },
  'number-not-in-source': {
    defaultSeverity: 'warning',
    summary: 'A number, quantity or date in a cited sentence is not in the cited sources.',
    help: 'Figures and dates must come from the cited source. Usual spellings are matched (10,000 = ten thousand; Nov. 12 = 12 November). Correct the figure or cite the source that gives it.',
  },
  'nonstandard-estimative': {
    defaultSeverity: 'info',
    summary: 'A likelihood expression outside the schema\'s estimative vocabulary.',
    help: 'ICD 203 asks for a consistent set of likelihood terms with known probability bands. Replace expressions such as "perhaps" or "might well" with a standard term (likely, very likely, …).',
  },
  'likelihood-with-confidence': {
    defaultSeverity: 'warning',
    summary: 'A likelihood term and a confidence level in one sentence.',
    help: 'ICD 203 forbids combining a degree of likelihood and a confidence level in the same sentence: likelihood is about the event, confidence about the basis of the judgment. Split the sentence or drop one of them.',
  },
  'judgment-without-confidence': {
    defaultSeverity: 'info',
    summary: 'An analytic judgment states no confidence level.',
    help: 'Key judgments ("we assess", "we judge") should say how confident the analyst is in their basis: high, moderate or low confidence.',
  },
  'single-source-confidence': {
    defaultSeverity: 'warning',
    summary: 'A moderate- or high-confidence judgment rests on fewer than two distinct sources.',
    help: 'Moderate and high confidence imply corroboration. Cite at least two independent sources in the judgment\'s paragraph, or lower the confidence level.',
  },
  'weak-source': {
    defaultSeverity: 'info',
    summary: 'A fact rests only on sources graded E/F for reliability or 5/6 for credibility.',
    help: 'Admiralty grades E/F (unreliable or not judgeable) and 5/6 (improbable or not judgeable) do not carry a fact alone. Corroborate it with a better-graded source or present it as a claim of that source.',
  },
  'forecast-without-likelihood': {
    defaultSeverity: 'warning',
    summary: 'A forecast (will, shall, is going to, is set to) with no likelihood term in its sentence.',
    help: 'ICD 203 asks every forecast to say how likely it is. Add a likelihood term ("likely", "very likely", "almost certainly"), or, for a scheduled event, cite the source that announces it. Conditionals, scheduled or operational events, reported speech and quotations are not flagged; a sentence that states a confidence level or is an explicit judgment ("we assess") is left to the confidence rules.',
  },
  'schema-error': {
    defaultSeverity: 'error',
    summary: 'Something is wrong in claims-schema.yaml.',
    help: 'The claims schema has an unknown key, a wrong type, a duplicate key, an alias claimed by two actors or a related key that names no actor. The valid parts are still used.',
  },
  'source-file-missing': {
    defaultSeverity: 'error',
    summary: 'A source file: cannot be read or escapes the schema folder.',
    help: 'A source\'s file: must name a readable UTF-8 .md or .txt file inside the folder tree of claims-schema.yaml. Without it, quote and number checks for that source are skipped.',
  },
  'unused-source': {
    defaultSeverity: 'hint',
    summary: 'A source in the schema that no assessment using the schema cites.',
    help: 'A source nobody cites is either forgotten evidence or clutter. Cite it where it supports a claim, or remove the entry (the quick fix does). Counted over every assessment that uses the schema: the workspace in the editor, the schema\'s folder and the checked files on the command line. Not reported while no assessment uses the schema.',
  },
  'unused-suppression': {
    defaultSeverity: 'hint',
    summary: 'A tradecraft-disable comment that silences nothing.',
    help: 'A suppression comment left behind after the text was fixed hides the next real finding on that line. Remove it (the quick fix does), or drop the codes that no longer fire. Shown in the editor; on the command line only with --report-unused-disables.',
  },
  'not-checked': {
    defaultSeverity: 'info',
    summary: 'Part of a document, or all of it, was not checked because it is over a limit.',
    help: 'Lines nested more than 64 levels deep (quotes, lists, links, emphasis) are not checked, nor a document over the size limit, nor what is left when a check runs out of its time budget; the rest is checked as usual. Flatten the nesting, split the document, or raise the limits (tradecraft.limits.* settings, --max-document-kb and --time-budget-ms on the command line).',
  },
};
