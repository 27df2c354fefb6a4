// The parser peer: remark-parse + remark-gfm + remark-frontmatter (what claimcheck builds on) over
// every .md file of a folder, one tree at a time, nothing else. Usage: node remark.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const dir = process.argv[2];
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
let nodes = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) nodes += processor.parse(readFileSync(join(dir, f), 'utf8')).children.length;
if (nodes === 0) process.exit(1);
