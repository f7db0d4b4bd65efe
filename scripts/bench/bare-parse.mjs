// The baselines the CLI is compared with: read every *.assessment.md below the
// folders given and parse each with unified + remark-parse, in one process.
// With --commonmark, remark-parse alone (issue 9's baseline: "a script that
// only reads them and runs unified + remark-parse on each"); without, also
// front matter and GFM, the syntax Tradecraft's own parse must read.
// Prints the file count.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const args = process.argv.slice(2);
const commonmark = args.includes('--commonmark');
const folders = args.filter((arg) => arg !== '--commonmark');
const processor = commonmark ? unified().use(remarkParse).freeze() : unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
let files = 0;
let nodes = 0;
const visit = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) visit(full);
    else if (entry.name.endsWith('.assessment.md')) {
      const tree = processor.parse(readFileSync(full, 'utf8'));
      nodes += tree.children.length;
      files++;
    }
  }
};
for (const folder of folders) visit(folder);
process.stdout.write(`${files} files, ${nodes} top-level blocks\n`);
