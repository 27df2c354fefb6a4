import type { Node, Parent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Frozen processors: building one per call costs more than parsing a short note.
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const bodyOnly = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The mdast of a note, with positions (offsets are UTF-16 indices into `text`). `frontMatter:
 * false` for text from inside a note's body (a segment): a `---` line there is a thematic break or
 * a heading's underline, and two of them must not make what is between them front matter.
 */
export function parseMarkdown(text: string, options: { frontMatter?: boolean } = {}): Root {
  const processor = options.frontMatter === false ? bodyOnly : withFrontMatter;
  if (text.charCodeAt(0) !== 0xfeff) return processor.parse(text);
  // micromark drops a leading BOM and counts offsets without it: parse the rest and move every
  // node one place on, so offsets stay indices into `text` (the note as the editor has it).
  const root = processor.parse(text.slice(1));
  shiftPositions(root, 1);
  return root;
}

function shiftPositions(node: Node, by: number): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += by;
    if (p.end.offset !== undefined) p.end.offset += by;
    if (p.start.line === 1) p.start.column += by;
    if (p.end.line === 1) p.end.column += by;
  }
  if ('children' in node) for (const child of (node as Parent).children) shiftPositions(child, by);
}
