// CSV facts files in the editor: a new sheet is picked up through the facts watchers, judges the
// open note, and its problems are diagnostics at the cell.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useOpenNote } from './lspClient';

const RAIL = '---\ndate: 2025-02-01\n---\n# Rail freight\n\nVesta Rail reported revenue of $5.1 billion for 2024.\n';
const ENTITIES = 'id,name,aliases\nvesta,Vesta Rail,Vesta\n';
const FIGURES = 'id,entity,metric,value,unit,as_of,source_url\nvesta-revenue-2024,vesta,revenue,4.2e9,USD,2024-12-31,https://example.com/vesta\n';

describe('CSV facts in the language server', () => {
  const note = useOpenNote({ 'notes/rail.md': RAIL }, 'notes/rail.md');

  it('judges the open note against a sheet added to facts/, and locates a sheet\'s problems at the cell', async () => {
    expect(note.diagnostics.filter((d) => d.code === 'contradicted')).toEqual([]);
    mkdirSync(path.join(note.ws.dir, 'facts'), { recursive: true });
    await note.writeFile('facts/entities.csv', ENTITIES);
    let before = note.client.diagnostics.length;
    await note.writeFile('facts/figures.csv', FIGURES);
    const judged = await note.client.until(() => {
      const latest = note.client.latest(note.uri, before);
      return latest?.diagnostics.some((d) => d.code === 'contradicted') ? latest : undefined;
    }, 'contradicted from the CSV fact');
    expect(judged.diagnostics.find((d) => d.code === 'contradicted')?.message).toContain('vesta-revenue-2024');

    before = note.client.diagnostics.length;
    await note.writeFile('facts/figures.csv', FIGURES + 'vesta-staff,vesta,employees,lots,people,2024-13-01,https://example.com/s\n');
    const csvUri = note.ws.uri('facts/figures.csv');
    const problems = await note.client.diagnosticsFor(csvUri, undefined, before);
    const at = (code: string) => problems.find((d) => d.code === code)?.range.start;
    expect(at('invalid-date')).toEqual({ line: 2, character: 'vesta-staff,vesta,employees,lots,people,'.length });
    expect(at('schema')).toEqual({ line: 2, character: 'vesta-staff,vesta,employees,'.length });
  });
});
