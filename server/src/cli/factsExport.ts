// `claimcheck facts export [files…] --format yaml|csv [--section facts|entities|metrics]`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadFacts } from '../core/facts/loadFacts';
import { factsToCsv, factsToYaml, mergeFactsData, readFactsData } from '../core/facts/exportFacts';
import type { Section } from '../core/facts/factColumns';
import { SECTIONS } from '../core/facts/sections';
import type { CliArgs } from './args';
import { EXIT, UserError } from './exitCodes';
import { displayPath, expandFactsGlobs, readText } from './files';
import { loadWorkspace } from './workspace';

/** The facts files to export and their texts: the workspace's (read once, its facts not loaded), or the paths given. */
function factsFiles(args: CliArgs, io: { cwd: string; today: string }): { file: string; text: string }[] {
  if (args.paths.length === 0) return loadWorkspace({ cwd: io.cwd, configFile: args.config, factsGlobs: args.facts, today: io.today }).factsTexts;
  const files: string[] = [];
  for (const input of args.paths) {
    const absolute = path.resolve(io.cwd, input);
    const found = existsSync(absolute) ? [absolute] : expandFactsGlobs([input], io.cwd);
    if (found.length === 0) throw new UserError(`no such facts file: '${input}'`);
    files.push(...found);
  }
  return [...new Set(files)].map((file) => ({ file, text: readText(file) }));
}

/** Prints the facts as one YAML file or one CSV sheet; refuses (exit 2) when a facts file has errors. */
export function runFactsExport(args: CliArgs, io: { cwd: string; today: string; stdout: (t: string) => void; stderr: (t: string) => void }): number {
  const section = (args.section ?? 'facts') as Section;
  if (!SECTIONS.includes(section)) throw new UserError(`--section must be one of ${SECTIONS.join(', ')}, not '${args.section}'`);
  if (args.section !== undefined && args.format !== 'csv') throw new UserError('--section is for --format csv (a YAML export holds every section)');
  const files = factsFiles(args, io);
  const { problems } = loadFacts(files, { today: io.today });
  for (const p of problems) {
    io.stderr(`${displayPath(p.file, io.cwd)}:${p.range.start.line + 1}:${p.range.start.character + 1}  ${p.severity}  ${p.code}  ${p.message}\n`);
  }
  if (problems.some((p) => p.severity === 'error')) {
    io.stderr('claimcheck: nothing exported: the facts files have errors (listed above), and an export would drop those facts.\n');
    return EXIT.usage;
  }
  const data = mergeFactsData(files.map((f) => readFactsData(f.file, f.text)));
  io.stdout(args.format === 'csv' ? factsToCsv(data, section) : factsToYaml(data));
  return EXIT.ok;
}
