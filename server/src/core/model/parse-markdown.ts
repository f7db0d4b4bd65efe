import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// One frozen processor for the whole process: building it costs more than a parse.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parses Markdown (with YAML front matter and GFM tables and footnotes) into mdast. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
