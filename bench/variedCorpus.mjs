// A deterministic, varied corpus for the benchmarks: every note is assembled from many sentence
// and block templates (paragraphs, tables, lists, block quotes, footnotes, code blocks, headings,
// links, citations) with its own entities, figures, dates and wording, so no note body — and
// almost no sentence — repeats. A memo keyed by text can then not hide the real cost.
// Same seed, same corpus, on every machine.
import { prng } from './corpus.mjs';

// A seventh of the notes have no front matter, so no date: they would take the day the bench runs,
// and its findings would move at midnight. Every bench that checks the corpus writes this config.
/** The `.claimcheck.yaml` beside the corpus: undated notes are judged as of one fixed day. */
export const VARIED_CORPUS_CONFIG = 'referenceDate: 2026-01-15\n';

// Entities of the example facts file (so claims are judged, not only "unsourced") and others.
const KNOWN = ['Anthropic', 'Amazon', 'AWS', 'Alphabet', 'Google', 'Microsoft', 'Azure', 'xAI', 'SpaceX', 'Colossus', 'the Claude developer'];
const SYLLABLES = ['ka', 'lo', 'ver', 'sa', 'tri', 'no', 'quen', 'dal', 'mo', 'rix', 'bel', 'tan', 'zu', 'pha', 'gor', 'li', 'ston', 'ver', 'ax', 'om'];
const SUFFIXES = ['Labs', 'Systems', 'AI', 'Energy', 'Capital', 'Networks', 'Robotics', 'Bio', 'Cloud', 'Grid', 'Foundry', 'Health'];
const METRICS = ['valuation', 'revenue run-rate', 'annualized revenue', 'funding round', 'capex', 'capital expenditure', 'headcount', 'GPU fleet', 'order backlog', 'gross margin', 'net retention', 'R&D budget', 'debt facility', 'market share'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['GPUs', 'H100 equivalents', 'TPUs', 'Trainium2 chips', 'employees', 'monthly users', 'daily active users', 'customers', 'data centers', 'engineers', 'stores', 'patients', 'turbines', 'satellites'];
const VERBS = ['reported', 'disclosed', 'announced', 'guided to', 'hit', 'reached', 'closed at', 'crossed', 'posted', 'was said to reach'];
const TOPICS = ['grid interconnection', 'chip supply', 'pricing power', 'churn in the mid-market', 'regulatory review', 'inference costs', 'hiring', 'cooling capacity', 'sovereign demand', 'long-term contracts', 'lease terms', 'spot prices'];
const FILLER = [
  'The timing matters more than the optics.',
  'Nobody in the room expected the second-order effects to arrive this quickly.',
  'Operators keep asking the same question, and the answer keeps shifting.',
  'That is not infrastructure spending; that is portfolio construction.',
  'Read the footnotes before reading the headline.',
  'Procurement leverage, not model quality, decided the outcome.',
  'The comparison flatters neither side.',
  'It is worth separating what was announced from what was shipped.',
];
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'twenty'];

export function generateVariedCorpus({ notes = 2000, targetBytes = 5_000_000, seed = 20260214 } = {}) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const dec = () => (rand() < 0.5 ? '' : '.' + int(1, 9));
  const synthetic = () => {
    let w = '';
    for (let i = int(2, 3); i > 0; i--) w += pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1) + (rand() < 0.6 ? ' ' + pick(SUFFIXES) : '');
  };
  const entity = () => (rand() < 0.45 ? pick(KNOWN) : synthetic());
  const year = () => int(2019, 2027);
  const when = () => {
    switch (int(0, 5)) {
      case 0:
        return `in ${pick(MONTHS)} ${year()}`;
      case 1:
        return `in Q${int(1, 4)} ${year()}`;
      case 2:
        return `by late ${year()}`;
      case 3:
        return `as of ${year()}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      case 4:
        return `in fiscal ${year()}`;
      default:
        return `last ${pick(['quarter', 'month', 'year'])}`;
    }
  };
  const money = () => {
    const cur = pick(['$', '$', '$', '€', '£']);
    switch (int(0, 3)) {
      case 0:
        return `${cur}${int(1, 999)}${dec()} ${pick(['million', 'billion', 'trillion'])}`;
      case 1:
        return `${cur}${int(1, 999)}${dec()}${pick(['B', 'bn', 'M', 'm', 'K'])}`;
      case 2:
        return `${cur}${int(1, 99)},${String(int(0, 999)).padStart(3, '0')},${String(int(0, 999)).padStart(3, '0')}`;
      default:
        return `${int(1, 900)}${dec()} ${pick(['million', 'billion'])} ${pick(['dollars', 'euros', 'USD'])}`;
    }
  };
  const count = () => `${int(1, 900)},${String(int(0, 999)).padStart(3, '0')} ${pick(UNITS)}`;
  const cite = () => (rand() < 0.5 ? ` [@${pick(['anthropic-valuation-2025-03', 'xai-colossus-gpus-2024-09', 'amazon-anthropic-2024-11', 'anthropic-run-rate-2025-08'])}]` : ` [@${synthetic().toLowerCase().replace(/\W+/g, '-')}-${year()}]`);
  const sentence = () => {
    const e = entity();
    switch (int(0, 13)) {
      case 0:
        return `${e}'s ${pick(METRICS)} ${pick(VERBS)} ${money()} ${when()}.`;
      case 1:
        return `${e} operates ${count()} ${when()}${rand() < 0.3 ? cite() : ''}.`;
      case 2:
        return `${pick(['Revenue', 'Bookings', 'Usage', 'Headcount', 'Output'])} at ${e} grew ${int(2, 95)}${dec()}% year over year, while ${pick(['margins', 'costs', 'prices'])} fell ${int(1, 40)} basis points.`;
      case 3:
        return `Analysts expect ${money()} to ${money()} ${when()}, roughly ${int(2, 40)}x the prior year.`;
      case 4:
        return `Demand for ${pick(TOPICS)} is doubling every ${pick(WORDS)} to ${pick(WORDS)} months, according to ${e}.`;
      case 5:
        return `More than ${int(10, 90)}% of the ${int(2, 40)} largest ${pick(['labs', 'buyers', 'hospitals', 'utilities'])} rent capacity from ${e}; see [the filing](https://example.com/${int(1, 9999)}/report-${year()}).`;
      case 6:
        return `The ${e} cluster drew ${int(10, 900)}${dec()} ${pick(['MW', 'GW'])} for ${int(2, 30)} days, about ${pick(WORDS)} weeks of ${pick(TOPICS)}.`;
      case 7:
        return `${e} raised ${money()} at a ${money()} post-money valuation ${when()}${rand() < 0.4 ? cite() : ''}.`;
      case 8:
        return `It now employs ${int(20, 90_000).toLocaleString('en-US')} people across ${pick(WORDS)} offices, up from ${int(10, 9_000).toLocaleString('en-US')} ${when()}.`;
      case 9:
        return `${e} committed ${money()} over ${int(2, 15)} years to ${entity()}, a deal worth about ${int(1, 60)}% of its ${pick(METRICS)}.`;
      case 10:
        return `Per-unit pricing sits near ${money()} per ${pick(['seat', 'GPU-hour', 'MWh', 'user'])}, ${int(2, 9)}${dec()}x what ${entity()} charges.`;
      case 11:
        return `Between ${int(1, 40)} and ${int(41, 99)} ${pick(UNITS)} were delivered to ${e} ${when()}.`;
      case 12:
        return `${pick(FILLER)} ${e} and ${entity()} disagree about ${pick(TOPICS)}.`;
      default:
        return `Nothing quantitative in this one: ${e} talks about ${pick(TOPICS)} and ${pick(TOPICS)}.`;
    }
  };
  const paragraph = () => {
    const out = [];
    for (let i = int(2, 7); i > 0; i--) out.push(sentence());
    // Some paragraphs wrap their lines like hand-written markdown does.
    return rand() < 0.3 ? out.join('\n') : out.join(' ');
  };
  const table = () => {
    const metric = pick(METRICS);
    const timeHeader = pick(['Date', 'Quarter', 'As of', 'Period']);
    const rows = [`| ${pick(['Company', 'Entity', 'Vendor', 'Lab'])} | ${metric[0].toUpperCase() + metric.slice(1)} | ${pick(['Staff', 'Users', 'GPUs', 'Sites'])} | ${timeHeader} |`, '|---|---:|---:|---|'];
    for (let r = int(2, 9); r > 0; r--) rows.push(`| ${entity()} | ${money()} | ${int(100, 99999).toLocaleString('en-US')} | ${year()}-${String(int(1, 12)).padStart(2, '0')} |`);
    return rows.join('\n');
  };
  const list = () => {
    const items = [];
    const ordered = rand() < 0.4;
    for (let r = 1, n = int(2, 7); r <= n; r++) {
      let item = `${ordered ? `${r}.` : pick(['-', '*', '+'])} ${sentence()}`;
      if (rand() < 0.2) item += `\n  ${ordered ? ' ' : ''}- ${sentence()}`;
      items.push(item);
    }
    return items.join('\n');
  };
  const quote = () => {
    const lines = [];
    for (let i = int(1, 4); i > 0; i--) lines.push(`> ${sentence()}`);
    if (rand() < 0.3) lines.push(`> — ${entity()} ${pick(['CFO', 'CEO', 'spokesperson', 'filing'])}, ${year()}`);
    return lines.join('\n');
  };
  const code = () => {
    switch (int(0, 2)) {
      case 0:
        return '```python\n' + `gpus = ${int(1000, 99999)}  # $${int(1, 99)} billion\nprint(gpus * ${int(2, 9)})\n` + '```';
      case 1:
        return '~~~yaml\n' + `capacity_mw: ${int(10, 999)}\nowner: ${entity()}\n` + '~~~';
      default:
        return `    indented code: ${int(1, 9999)} GPUs, ${money()}`;
    }
  };
  const footnoted = (n) => `${sentence().replace(/\.$/, '')}[^${n}]. ${sentence()}\n\n[^${n}]: ${sentence()}`;
  const heading = (depth) => `${'#'.repeat(depth)} ${pick([`${entity()} and ${pick(TOPICS)}`, `${int(1, 9)}. ${pick(TOPICS)} in ${year()}`, `Why ${entity()} ${pick(['matters', 'lags', 'leads'])}`])}`;

  const out = [];
  let bytes = 0;
  for (let n = 0; n < notes || bytes < targetBytes; n++) {
    const parts = [];
    if (rand() < 0.85) {
      parts.push(`---\ntitle: "${entity()} note ${n}"\ndate: ${int(2023, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}\nauthor: ${pick(['Research desk', 'Bench', 'Analyst team'])}\ntags: [${pick(TOPICS)}, ${pick(TOPICS)}]\n---`);
    }
    parts.push(heading(1));
    let footnotes = 0;
    for (let b = int(3, 16); b > 0; b--) {
      const r = rand();
      if (r < 0.38) parts.push(paragraph());
      else if (r < 0.48) parts.push(table());
      else if (r < 0.6) parts.push(list());
      else if (r < 0.68) parts.push(quote());
      else if (r < 0.75) parts.push(code());
      else if (r < 0.82) parts.push(footnoted(++footnotes));
      else if (r < 0.9) parts.push(heading(int(2, 3)));
      else parts.push(`${paragraph()}\n\n${paragraph()}`);
    }
    const note = parts.join('\n\n') + '\n';
    out.push(note);
    bytes += Buffer.byteLength(note);
  }
  return out;
}

/** One long varied note of about `bytes` (sections of corpus notes under their own headings). */
export function variedLongNote(bytes, seed = 7) {
  const parts = ['---\ntitle: "Long varied note"\ndate: 2025-06-30\n---\n'];
  let size = parts[0].length;
  const body = generateVariedCorpus({ notes: Math.ceil(bytes / 1500), targetBytes: bytes, seed });
  for (let i = 0; size < bytes && i < body.length; i++) {
    const section = `\n## Section ${i + 1}\n\n${body[i].replace(/^---\n[\s\S]*?\n---\n/, '')}`;
    parts.push(section);
    size += Buffer.byteLength(section);
  }
  return parts.join('');
}
