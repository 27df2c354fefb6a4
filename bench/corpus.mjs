// Deterministic bench corpus: notes generated from the shipped example with a seeded PRNG,
// varying every number and adding tables, lists and code blocks, so the benchmark sees the
// shapes real notes have. Same seed, same corpus, on every machine.

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = ['Anthropic', 'OpenAI', 'xAI', 'Google DeepMind', 'Meta', 'Mistral', 'Cohere', 'CoreWeave', 'Oracle', 'Microsoft'];
const METRICS = ['valuation', 'revenue run-rate', 'funding round', 'capex', 'GPU count', 'headcount'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['GPUs', 'H100 equivalents', 'TPUs', 'Trainium2 chips', 'employees', 'monthly users', 'MW', 'data centers'];

export function generateCorpus(example, { notes = 2000, targetBytes = 8_000_000, seed = 20250214 } = {}) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const body = example.replace(/^---[\s\S]*?\n---\n/, '');
  const paragraphs = body.split(/\n{2,}/).filter((p) => p.trim().length > 0);

  // Replace each digit run by a random one of the same shape (keeps commas, decimals, years).
  const vary = (text) =>
    text.replace(/\d[\d,]*(?:\.\d+)?/g, (m) => {
      if (/^(19|20)\d\d$/.test(m)) return String(int(2019, 2029));
      return m.replace(/\d/g, (d, i) => String(i === 0 ? int(1, 9) : int(0, 9)));
    });
  const money = () => `$${int(1, 999)}${rand() < 0.5 ? '.' + int(1, 9) : ''} ${pick(['million', 'billion', 'B', 'bn'])}`.replace(/ (B|bn)$/, '$1');
  const sentence = () => {
    const c = pick(COMPANIES);
    switch (int(0, 7)) {
      case 0:
        return `${c}'s ${pick(METRICS)} reached ${money()} in ${pick(MONTHS)} ${int(2022, 2026)}.`;
      case 1:
        return `${c} operates ${int(1, 900)},${String(int(0, 999)).padStart(3, '0')} ${pick(UNITS)} as of Q${int(1, 4)} ${int(2023, 2026)}.`;
      case 2:
        return `Revenue grew ${int(2, 95)}% year over year, while margins fell ${int(1, 9)}%.`;
      case 3:
        return `Analysts expect ${money()} to ${money()} by late ${int(2025, 2028)}, roughly ${int(2, 40)}x the prior year.`;
      case 4:
        return `Usage is doubling every ${pick(['three', 'four', 'five', 'six'])} to ${pick(['seven', 'eight', 'nine'])} months, per [@${c.toLowerCase().replace(/\W+/g, '-')}-${int(2023, 2025)}].`;
      case 5:
        return `More than ${int(10, 90)}% of the ${int(2, 12)} largest labs rent capacity from ${c}; see [the filing](https://example.com/${int(1, 9999)}/report-${int(2020, 2025)}).`;
      case 6:
        return `The ${c} model (Claude 3.5 or GPT-4o) ran on ${int(10, 500)} MW for ${int(2, 30)} days, about ${pick(['two', 'three', 'four'])} weeks.`;
      default:
        return `Nothing quantitative here, just ${c} and a plain remark about strategy and access.`;
    }
  };
  const table = () => {
    const rows = [`| Company | ${pick(METRICS)} | Staff | Date |`, '|---|---:|---:|---|'];
    for (let r = int(2, 6); r > 0; r--) rows.push(`| ${pick(COMPANIES)} | ${money()} | ${int(100, 9999).toLocaleString('en-US')} | ${int(2022, 2025)}-${String(int(1, 12)).padStart(2, '0')} |`);
    return rows.join('\n');
  };
  const list = () => {
    const items = [];
    for (let r = int(2, 6); r > 0; r--) items.push(`${rand() < 0.5 ? '-' : `${r}.`} ${sentence()}`);
    return items.join('\n');
  };
  const code = () =>
    rand() < 0.5
      ? '```python\n' + `gpus = ${int(1000, 99999)}  # $${int(1, 99)} billion\nprint(gpus * ${int(2, 9)})\n` + '```'
      : '    indented code: ' + int(1, 9999) + ' GPUs';

  const out = [];
  let bytes = 0;
  for (let n = 0; n < notes || bytes < targetBytes; n++) {
    const parts = [`---\ntitle: "Note ${n}"\ndate: ${int(2023, 2025)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}\nauthor: Bench\n---`];
    parts.push(`# ${pick(COMPANIES)} and the compute market, part ${n}`);
    for (const p of paragraphs) {
      // Drop some paragraphs so notes vary in length (about 4 KB on average).
      if (p.startsWith('#') || rand() < 0.25) continue;
      parts.push(vary(p));
      const r = rand();
      if (r < 0.12) parts.push(table());
      else if (r < 0.24) parts.push(list());
      else if (r < 0.32) parts.push(code());
      else if (r < 0.45) parts.push(`${sentence()} ${sentence()} ${sentence()}`);
      else if (r < 0.5) parts.push(`> ${sentence()}\n> ${sentence()}`);
    }
    const note = parts.join('\n\n') + '\n';
    out.push(note);
    bytes += Buffer.byteLength(note);
  }
  return out;
}
