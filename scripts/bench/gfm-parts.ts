// What parsing with only the GFM parts a text can use buys against remark-gfm, on
// the assessments of a folder as they are and with a footnote, a table or a URL
// added to each (core/model/parse-markdown.ts). Prints times; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../server/src/core/model/parse-markdown.js';
const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const dir = process.argv[2];
if (!dir) throw new Error('usage: node --import tsx scripts/bench/gfm-parts.ts FOLDER_OF_ASSESSMENTS (e.g. a bench workspace kept with --keep)');
const base = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
const variants: Record<string, string[]> = {
  'as generated': base,
  '+ a footnote': base.map((t) => t + '\nA closing line.[^n]\n\n[^n]: A note in our words.\n'),
  '+ a table': base.map((t) => t + '\n| port | ships |\n| --- | --- |\n| north | 4 |\n'),
  '+ a URL': base.map((t) => t + '\nSee https://example.org/log for the log.\n'),
};
for (const [name, texts] of Object.entries(variants)) {
  const times = { full: [] as number[], ours: [] as number[] };
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); for (const x of texts) full.parse(x); times.full.push(performance.now() - t);
    t = performance.now(); for (const x of texts) parseMarkdown(x); times.ours.push(performance.now() - t);
  }
  console.log(name.padEnd(14), 'remark-gfm', times.full.map((x) => x.toFixed(0)).join('/'), 'ms; ours', times.ours.map((x) => x.toFixed(0)).join('/'), `ms (${texts.length} files, 3 rounds)`);
}
