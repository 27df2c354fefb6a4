import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { tokenize, tokenizeByRegex } from '../../server/src/core/extract/lexer';

// tokenize scans ASCII text by char code and leaves tokens that meet other characters to the
// TOKEN regex: its tokens must be the regex's, to the offset, on random mixes of what the regex
// tells apart (grouped numbers, Indian ones, and their back-offs, decimals, apostrophes, glued currency codes,
// powers of ten, marks, astral letters, lone surrogates, Unicode spaces) and on real notes.
const PIECES = [
  'a', 'Z', 'USD', 'Rs', 'bn', 'H100', 'FY2025', "'", '’', "'s", '’s', 'é', 'e\u0301', 'ß', 'İ', '𝒳', '😀', '\ud800', '\udc00', '٣', '中文', 'Ω',
  '0', '1', '12', '123', '1234', ',', ',000', ',00', ',0000', '.', '.5', '1,234,567', '12,345,67', '1,2345', '1,234,5678', '9.99', '0.5.', '3,12,450', '1,00,000', ',12', ',12,', '12,34,5678',
  'e', 'E', 'e26', '^', '^27', '**', '×', 'x', ' × ', '10', '10²⁶', '⁻', '1e-3', '$', '€', '%', '-', '–', '—', '(', ')', '_', '#', '\\', '\u0000',
  ' ', ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028',
];

describe('tokenize', () => {
  it('finds the tokens the TOKEN regex finds, on random text', () => {
    const rand = prng(1312);
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let i = Math.floor(rand() * 14); i > 0; i--) text += PIECES[Math.floor(rand() * PIECES.length)];
      expect(tokenize(text), JSON.stringify(text)).toEqual(tokenizeByRegex(text));
    }
  });

  it('finds the tokens the TOKEN regex finds, on every line of varied notes', () => {
    for (const note of generateVariedCorpus({ notes: 60, targetBytes: 160_000 })) {
      for (const line of note.split('\n')) expect(tokenize(line), line).toEqual(tokenizeByRegex(line));
    }
  });
});
