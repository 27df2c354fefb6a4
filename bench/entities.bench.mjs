// Judging a note against a facts file with 30,000 entities (issue 11 pt 4): entity mentions are
// found through an index by first word, so the cost follows the note's length, not the entity
// count. Prints ms per note for 300 and 30,000 entities; run with `node bench/entities.bench.mjs`.
import { loadCore } from './loadCore.mjs';

const core = await loadCore([
  "export { parseNote } from './server/src/core/parse/parseNote';",
  "export { judgeNote } from './server/src/core/judge/judgeNote';",
  "export { loadFacts } from './server/src/core/facts/loadFacts';",
  "export { defaultConfig } from './server/src/core/config/loadConfig';",
]);

const WORDS = ['Nova', 'Terra', 'Grid', 'Helio', 'Quant', 'Orbit', 'Vela', 'Lumen', 'Arc', 'Fjord'];
function facts(n) {
  const lines = ['entities:'];
  for (let i = 0; i < n; i++) lines.push(`  e${i}: { name: ${WORDS[i % 10]}${i} ${WORDS[(i * 7) % 10]}, aliases: [ ${WORDS[(i * 3) % 10]}-${i} ] }`);
  lines.push('facts:');
  for (let i = 0; i < n; i += 10) lines.push(`  - { id: f${i}, entity: e${i}, metric: revenue, value: ${i + 1}e6, unit: USD, as_of: 2025-01-01, source: { url: https://example.com/${i} } }`);
  return lines.join('\n');
}
function note(seed) {
  const out = ['---', 'date: 2025-06-01', '---', ''];
  for (let p = 0; p < 60; p++) {
    const i = (seed * 977 + p * 131) % 300;
    out.push(`${WORDS[i % 10]}${i} ${WORDS[(i * 7) % 10]} reported revenue of $${i + 1} million in 2024, ahead of ${WORDS[(i * 3) % 10]}-${i + 10}'s $${i + 3} million.`);
  }
  return out.join('\n\n');
}

for (const n of [300, 30_000]) {
  const { index } = core.loadFacts([{ file: 'facts.yaml', text: facts(n) }], { today: '2026-01-01' });
  const notes = Array.from({ length: 20 }, (_, k) => core.parseNote(note(k)));
  core.judgeNote(notes[0], index, { config: core.defaultConfig }); // builds the mention index once
  const t0 = performance.now();
  for (const nt of notes) core.judgeNote(nt, index, { config: core.defaultConfig });
  const ms = (performance.now() - t0) / notes.length;
  console.log(`${String(n).padStart(6)} entities: ${ms.toFixed(1)} ms per 120-claim note`);
}
