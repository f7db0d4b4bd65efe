// What `tradecraft init` reads off one source text: a key from its file name,
// a title from its first heading or line, and a date when the text states one.

/** A source text as init sees it: its path relative to the schema's folder and its text. */
export interface InitText {
  relativePath: string;
  text: string;
}

/** One drafted source entry. */
export interface DraftSource {
  key: string;
  title: string;
  titleFrom: 'heading' | 'first line' | 'file name';
  date?: string;
  file: string;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const isoDate = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const dayMonthYear = new RegExp(`\\b(\\d{1,2}) ${monthPattern},? ((?:19|20)\\d\\d)\\b`, 'i');
const monthDayYear = new RegExp(`\\b${monthPattern} (\\d{1,2}),? ((?:19|20)\\d\\d)\\b`, 'i');

/** Drafts a source entry per text, with keys made unique in the order given. */
export function draftSources(texts: readonly InitText[]): DraftSource[] {
  const used = new Set<string>();
  return texts.map((source) => {
    const key = uniqueKey(keyFromFileName(source.relativePath), used);
    const { title, titleFrom } = titleOf(source.text, source.relativePath);
    return { key, title, titleFrom, date: firstDateIn(source.text), file: source.relativePath };
  });
}

/** `Sources/MFA Briefing (24 Oct).txt` → `mfa-briefing-24-oct`. */
export function keyFromFileName(relativePath: string): string {
  const name = relativePath.split('/').pop()!.replace(/\.(md|txt)$/i, '');
  const key = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return key || 'source';
}

function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

function titleOf(text: string, relativePath: string): Pick<DraftSource, 'title' | 'titleFrom'> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim());
  const heading = lines.find((line) => /^#{1,6}\s+\S/.test(line));
  if (heading) return { title: cleanTitle(heading.replace(/^#{1,6}\s+/, '')), titleFrom: 'heading' };
  const first = lines.find((line) => line !== '' && line !== '---');
  if (first) return { title: cleanTitle(first), titleFrom: 'first line' };
  return { title: relativePath.split('/').pop()!, titleFrom: 'file name' };
}

// Markdown emphasis and trailing hashes are markup, not title; a first line
// that runs on as a paragraph is cut at a word boundary.
function cleanTitle(raw: string): string {
  const plain = raw.replace(/\s+#+\s*$/, '').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= 100) return plain;
  const cut = plain.slice(0, 100);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 50 ? cut.lastIndexOf(' ') : 100)}…`;
}

/** The first full date the text states (ISO, `12 November 2024`, `Nov. 12, 2024`), as YYYY-MM-DD. */
export function firstDateIn(text: string): string | undefined {
  const found = [isoMatch(text), dayFirstMatch(text), monthFirstMatch(text)].filter((m): m is DateMatch => m !== undefined);
  found.sort((a, b) => a.index - b.index);
  return found[0]?.date;
}

interface DateMatch {
  index: number;
  date: string;
}

function isoMatch(text: string): DateMatch | undefined {
  const m = isoDate.exec(text);
  return m ? { index: m.index, date: m[0] } : undefined;
}

function dayFirstMatch(text: string): DateMatch | undefined {
  const m = dayMonthYear.exec(text);
  return m ? dated(m.index, m[3], m[2], m[1]) : undefined;
}

function monthFirstMatch(text: string): DateMatch | undefined {
  const m = monthDayYear.exec(text);
  return m ? dated(m.index, m[3], m[1], m[2]) : undefined;
}

function dated(index: number, year: string, month: string, day: string): DateMatch | undefined {
  const monthNumber = months.findIndex((name) => name.startsWith(month.toLowerCase().replace('.', '').slice(0, 3))) + 1;
  const dayNumber = Number(day);
  if (monthNumber === 0 || dayNumber < 1 || dayNumber > 31) return undefined;
  return { index, date: `${year}-${String(monthNumber).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}` };
}
