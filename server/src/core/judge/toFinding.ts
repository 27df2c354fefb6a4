import type { Config, Fact, FactRef, Finding } from '../types';
import type { Verdict } from './verdict';

export function factRef(f: Fact): FactRef {
  return {
    id: f.id,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    asOf: f.asOf,
    ...(f.period !== undefined ? { period: f.period } : {}),
    kind: f.kind,
    entities: f.entities,
    metric: f.metric,
    ...(f.segment !== undefined ? { segment: f.segment } : {}),
    source: f.source,
    location: f.location,
  };
}

/** The finding for a verdict with its configured severity, or null when the code is 'off'. */
export function toFinding(v: Verdict, config: Config): Finding | null {
  let severity: Finding['severity'] = 'none';
  if (v.code !== 'supported') {
    const setting = config.severity[v.code];
    if (setting === 'off') return null;
    severity = setting;
  }
  const finding: Finding = { code: v.code, severity, message: v.message, claim: v.claim, facts: v.facts.map(factRef), entities: v.entities };
  if (v.metric !== undefined) finding.metric = v.metric;
  if (v.suggestion !== undefined) finding.suggestion = v.suggestion;
  if (v.cite !== undefined && v.cite.length > 0) finding.cite = v.cite;
  if (v.citation !== undefined) finding.citation = v.citation;
  if (v.comparedKind !== undefined) finding.comparedKind = v.comparedKind;
  if (v.derivation !== undefined) finding.derivation = v.derivation;
  if (v.part !== undefined) finding.part = v.part.part;
  if (v.measure !== undefined) finding.measure = v.measure;
  return finding;
}
