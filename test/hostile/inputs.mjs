// Generators of hostile-but-plausible notes and facts files, shared by test/hostile (small sizes)
// and bench/hostile.bench.mjs (the sizes from issue 11). Text varies row by row so no cache hides
// the real cost.

const NAMES = ['Acme', 'Borealis', 'Cobalt Labs', 'Dunmore', 'Eskers', 'Fjordline', 'Gantry', 'Halcyon', 'Ironbark', 'Juniper'];
const METRICS = ['revenue', 'valuation', 'funding', 'headcount', 'capex'];

function name(i) {
  return `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length)}`;
}

/** A note with one markdown table of `rows` rows (about 38 bytes a row). */
export function bigTable(rows) {
  const out = ['---', 'date: 2025-06-30', '---', '', '# Portfolio', '', '| Company | Revenue | Growth | Staff |', '|---|---:|---:|---:|'];
  for (let i = 0; i < rows; i++) out.push(`| ${name(i)} | $${(i % 97) + 1}.${i % 10} billion | ${i % 83}% | ${100 + (i % 5000)} |`);
  return out.join('\n') + '\n';
}

/** One paragraph on a single line of about `bytes` bytes, with a claim every sentence. */
export function longLine(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = `${name(i)} reported ${METRICS[i % METRICS.length]} of $${(i % 900) + 10} million in ${2015 + (i % 10)}. `;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** `count` dollar tokens, `$1 $2 ...`, wrapped every 20 tokens (one paragraph). */
export function dollarTokens(count, wrap = 20) {
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(`$${(i % 9) + 1}${i % wrap === wrap - 1 ? '\n' : ' '}`);
  return parts.join('');
}

/** About `bytes` of nested, unclosed emphasis: `*a _b **c __d ...`, plus a claim. */
export function nestedEmphasis(bytes) {
  const marks = ['*', '_', '**', '__', '***'];
  const parts = ['Acme raised $5 billion in 2024. '];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const s = `${marks[i % marks.length]}w${i % 100} `;
    parts.push(s);
    size += s.length;
  }
  return parts.join('') + '\n';
}

/** Runs of `[`, `](`, `![` and `<` of about `bytes` bytes on one line, plus a claim. */
export function bracketRuns(bytes) {
  const runs = ['[', '[a](', '![', '[^', '<'];
  const parts = ['Acme raised $5 billion in 2024. '];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const s = runs[i % runs.length].repeat(1 + (i % 7)) + `x${i % 50} `;
    parts.push(s);
    size += s.length;
  }
  return parts.join('') + '\n';
}

/** `depth` levels of block nesting of the given kind on one line, then a claim. */
export function deepNesting(depth, kind = 'quote') {
  const marker = kind === 'quote' ? '> ' : kind === 'list' ? '- ' : '1. ';
  return `Acme raised $5 billion in 2024.\n\n${marker.repeat(depth)}Borealis raised $7 billion in 2024.\n`;
}

/** A facts file with `facts` facts over `entities` entities (YAML text). */
export function bigFacts(facts, entities) {
  const out = ['entities:'];
  for (let e = 0; e < entities; e++) out.push(`  ent-${e}: { name: Entity ${e} Holdings, aliases: [E${e}H, Ent${e} Group] }`);
  out.push('facts:');
  for (let f = 0; f < facts; f++) {
    const e = f % entities;
    out.push(
      `  - id: fact-${f}`,
      `    entity: ent-${e}`,
      `    metric: ${['revenue', 'valuation', 'investment'][f % 3]}`,
      `    value: ${((f % 977) + 1) * 1e6}`,
      `    unit: USD`,
      `    as_of: ${2000 + Math.floor(f / entities) % 25}-${String((f % 12) + 1).padStart(2, '0')}`,
      `    source: { url: "https://example.com/${f}", title: "Report ${f}" }`,
    );
  }
  return out.join('\n') + '\n';
}
