/** Escapes text for element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** "1 file", "2 files". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Rounded, except that 100% and 0% are kept for "all" and "none": 199 of 200 sourced must not read as complete. */
export function percentage(part: number, whole: number): number {
  const rounded = Math.round((100 * part) / whole);
  if (rounded === 100 && part < whole) return 99;
  if (rounded === 0 && part > 0) return 1;
  return rounded;
}

/** "42 assertions, 39 sourced (93%)"; the percentage is left out when there is nothing to divide. */
export function describeSourcing(stats: { assertions: number; sourcedAssertions: number }): string {
  const base = `${count(stats.assertions, 'assertion')}, ${stats.sourcedAssertions} sourced`;
  return stats.assertions === 0 ? base : `${base} (${percentage(stats.sourcedAssertions, stats.assertions)}%)`;
}

/** A table whose cells are already HTML. */
export function table(className: string, head: readonly string[], rows: readonly (readonly string[])[], caption?: string): string {
  const headRow = `<tr>${head.map((cell) => `<th scope="col">${cell}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${className}">${caption ? `<caption>${caption}</caption>` : ''}
<thead>${headRow}</thead>
<tbody>
${body}
</tbody>
</table>`;
}
