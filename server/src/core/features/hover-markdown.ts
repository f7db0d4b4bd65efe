// Small Markdown builders shared by the hover cards and completion docs, so
// every card escapes source text the same way and looks alike.

/** Escapes characters that Markdown would read as markup, so source text shows as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~]/g, '\\$&')
    // A leading `-`, `+` or `1.` would start a list inside a blockquote.
    .replace(/^([-+])(?=\s)/, '\\$1')
    .replace(/^(\d+)\.(?=\s)/, '$1\\.');
}

/** Inline code for a key, safe even if the key holds a backtick. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A clickable URL; one with spaces or angle brackets would break an autolink, so it shows as code. */
export function autolink(url: string): string {
  return /^[^\s<>]+$/.test(url) ? `<${url}>` : code(url);
}

/** A blockquote of (escaped) source text. */
export function quote(text: string): string {
  return `> ${escapeMarkdown(text)}`;
}

/** A blockquote of (escaped) source text with an attribution line below it. */
export function quoteBlock(text: string, attribution: string): string {
  return `> ${escapeMarkdown(text)}\n>\n> — ${attribution}`;
}

/** Joins the sections of a card with horizontal rules, skipping empty ones. */
export function joinSections(sections: Array<string | undefined>): string {
  return sections.filter((s): s is string => Boolean(s && s.trim())).join('\n\n---\n\n');
}

/** Joins lines of one section so each shows on its own line (Markdown hard breaks). */
export function joinLines(lines: Array<string | undefined>): string {
  return lines.filter((l): l is string => Boolean(l)).join('  \n');
}

/** Shortens text to at most `max` characters at a word boundary, with `…` when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
