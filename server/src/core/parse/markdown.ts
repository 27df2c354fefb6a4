import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// One frozen processor: building it per call costs more than parsing a short note.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** The mdast of a note, with positions (offsets are UTF-16 indices into `text`). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
