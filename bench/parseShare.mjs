// Where parseSegment's time goes on the varied corpus: all of it (parse + extract), the direct
// readers (readPlainRuns), and remark on each kind of run still left to it, parsed alone.
// Usage: node bench/parseShare.mjs [--notes 300]
import { loadCore } from './loadCore.mjs';
import { generateVariedCorpus } from './variedCorpus.mjs';

const i = process.argv.indexOf('--notes');
const NOTES = i > 0 ? Number(process.argv[i + 1]) || 300 : 300;
const core = await loadCore([
  "export { layoutNote, parseSegment, withLineFeeds } from './server/src/core/parse/parseNote';",
  "export { parseMarkdown } from './server/src/core/parse/markdown';",
  "export { readPlainRuns } from './server/src/core/parse/plainRuns';",
  "export { splitSegments } from './server/src/core/parse/segments';",
]);
const KINDS = [
  ['table', /^\s*\|/],
  ['quote', /^\s*>/],
  ['list', /^\s*(?:[-+*]|\d+[.)])\s/],
  ['footnote definition', /^\[\^/],
  ['heading', /^#/],
  ['fence', /^(?:```|~~~)/],
  ['html', /^</],
  ['paragraph', /(?:)/],
];
const kindOf = (run) => KINDS.find(([, re]) => re.test(run))[0];
const notes = generateVariedCorpus({ notes: NOTES, targetBytes: 0 });
const left = {};
let all = 0;
let direct = 0;
for (const note of notes) {
  const text = core.withLineFeeds(note);
  for (const s of core.layoutNote(text, { today: '2025-02-14' }).segments) {
    const seg = text.slice(s.start, s.end);
    let t = performance.now();
    core.parseSegment(seg, '2025-02-14');
    all += performance.now() - t;
    t = performance.now();
    core.readPlainRuns(seg);
    direct += performance.now() - t;
    for (const r of core.splitSegments(seg, { frontMatter: false }).segments) {
      const run = seg.slice(r.start, r.end);
      if (core.readPlainRuns(run).rest === null) continue;
      const t0 = performance.now();
      core.parseMarkdown(run);
      const k = (left[kindOf(run)] ??= { runs: 0, ms: 0, kb: 0 });
      k.runs++;
      k.ms += performance.now() - t0;
      k.kb += run.length / 1024;
    }
  }
}
console.log(`${NOTES} notes: parseSegment ${all.toFixed(0)} ms, of which read directly ${direct.toFixed(0)} ms; runs left to remark (each parsed alone):`);
console.table(Object.fromEntries(Object.entries(left).map(([k, v]) => [k, { runs: v.runs, ms: Math.round(v.ms), kb: Math.round(v.kb) }])));
