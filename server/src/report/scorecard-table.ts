// The ICD 203 scorecard of one assessment: each standard with a verdict in
// words, the finding in figures, and the sentences behind it.
import type { ScorecardRow } from '../core/report/types.js';
import { escapeHtml } from './html.js';
import { evidenceList } from './lines.js';
import type { ReportFile, ReportOptions } from './types.js';

/** A verdict's mark and words: the symbol is decoration, the words carry it. */
const verdicts: Record<ScorecardRow['verdict'], { mark: string; words: string }> = {
  met: { mark: '✔', words: 'met' },
  partly: { mark: '◐', words: 'partly met' },
  'not met': { mark: '✖', words: 'not met' },
  'not found': { mark: '○', words: 'not found' },
};

export function scorecardTable(file: ReportFile, rows: readonly ScorecardRow[], options: ReportOptions): string {
  const body = rows.map((row) => {
    const verdict = verdicts[row.verdict];
    const evidence = row.evidence.map((group) => `<div class="group"><h5>${escapeHtml(group.label)} (${group.count})</h5>${group.sentences.length ? evidenceList(file, group.sentences, options, group.count) : ''}</div>`);
    return `<tr class="verdict-${row.verdict.replace(' ', '-')}">
<th scope="row">${escapeHtml(row.standard)}<span class="standard">ICD 203 standard ${escapeHtml(row.icd203)}</span></th>
<td class="verdict"><span aria-hidden="true">${verdict.mark}</span> ${verdict.words}</td>
<td><p>${escapeHtml(row.finding)}</p>${evidence.join('')}</td>
</tr>`;
  });
  return `<table class="scorecard">
<caption>ICD 203 scorecard</caption>
<thead><tr><th scope="col">Standard</th><th scope="col">Verdict</th><th scope="col">What the text shows</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>`;
}
