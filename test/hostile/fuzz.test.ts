// Property: whatever else a note contains (any markdown structure around it, any extra valid facts
// about other entities, any line endings), a known contradicted figure fails the gate: exit 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRADICTED, FACTS, cli, scratch } from './harness';

// Text that may sit anywhere in prose: markdown punctuation, numbers, units, entities, odd Unicode.
const word = fc.oneof(
  fc.constantFrom('Tidewater', 'Shipping', 'revenue', 'staff', 'valuation', 'in', '2023', 'and', 'the', 'about', 'roughly', 'Q3', 'FY2024'),
  fc.constantFrom('$4 billion', '12%', '1,800 employees', '3x', '$-18', '1e308', '10^400', '€5m', '½', '2.4 GW', '100,000 GPUs'),
  fc.constantFrom('*', '**', '_', '__', '~~', '[', ']', '(', ')', '[@', '[^1]', '\\', '|', '!', '#', ':', '"', "'", '—'),
  fc.constantFrom('😀', '\u200b', '\u00a0', 'café', '中文', '\u202e', '\u0007', '\u001b[31m'),
  fc.stringMatching(/^[A-Za-z0-9$%.,]{1,8}$/),
);
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ').replace(/^[\s#>*+\-|\d.]+/, 'x '));

const block = fc.oneof(
  line.map((l) => l),
  fc.tuple(line, line).map(([a, b]) => `## ${a}\n\n${b}`),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')),
  fc.array(fc.tuple(line, line), { minLength: 1, maxLength: 4 }).map(
    (rows) => `| Company | Figure |\n|---|---:|\n${rows.map(([a, b]) => `| ${a.replace(/\|/g, '/')} | ${b.replace(/\|/g, '/')} |`).join('\n')}`,
  ),
  line.map((l) => `\`\`\`\n${l}\n$310 million\n\`\`\``),
  fc.integer({ min: 1, max: 400 }).map((n) => `${'> '.repeat(n)}deep`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `${'*'.repeat(n)}emphasis${'_'.repeat(n % 7)}`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `${'['.repeat(n)}link${'](x)'.repeat(n % 5)}`),
  line.map((l) => `Footnote[^n].\n\n[^n]: ${l}`),
);

// Where the contradicted sentence stands: its own paragraph, a list item, a block quote, a heading-led section.
const host = fc.constantFrom((s: string) => s, (s: string) => `- ${s}`, (s: string) => `> ${s}`, (s: string) => `### Results\n\n${s}`);

const otherFacts = fc.array(
  fc.record({
    name: fc.stringMatching(/^Zq[a-z]{3,8}$/),
    value: fc.double({ min: 1, max: 1e12, noNaN: true }),
    metric: fc.constantFrom('revenue', 'valuation', 'employees'),
    year: fc.integer({ min: 2015, max: 2025 }),
  }),
  { maxLength: 6 },
);

function factsWith(extra: { name: string; value: number; metric: string; year: number }[]): string {
  const names = [...new Set(extra.map((e) => e.name))];
  const entities = names.map((n) => `  ${n.toLowerCase()}: { name: ${n} }`).join('\n');
  const facts = extra
    .map((e, i) =>
      [
        `  - id: extra-${i}`,
        `    entity: ${e.name.toLowerCase()}`,
        `    metric: ${e.metric}`,
        `    value: ${e.value}`,
        `    unit: ${e.metric === 'employees' ? 'people' : 'USD'}`,
        `    as_of: ${e.year}`,
        `    source: { url: "https://example.org/${i}" }`,
      ].join('\n'),
    )
    .join('\n');
  const withEntities = entities ? FACTS.replace('facts:\n', `${entities}\nfacts:\n`) : FACTS;
  return facts ? `${withEntities}${facts}\n` : withEntities;
}

describe('fuzz: a contradicted figure always fails the gate', () => {
  it('exit 1 whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 6 }),
        fc.array(block, { maxLength: 6 }),
        host,
        otherFacts,
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (before, after, wrap, extra, eol, bom) => {
          const body = [...before, wrap(CONTRADICTED), ...after].join('\n\n');
          const note = `---\ndate: 2025-03-01\n---\n\n${body}\n`.replace(/\r?\n/g, eol);
          const dir = scratch({ 'facts.yaml': factsWith(extra), 'n.md': (bom ? '\ufeff' : '') + note });
          const run = cli(['check', 'n.md'], dir);
          expect(run.status, run.stdout + run.stderr).toBe(1);
        },
      ),
      { numRuns: 60, seed: Number(process.env.FUZZ_SEED ?? 11) },
    );
  });
});
