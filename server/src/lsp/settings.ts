// VS Code settings (`claimcheck.*`): editor concerns only; the rest is `.claimcheck.yaml`.

export interface Settings {
  enable: boolean;
  /** Check notes of workspaces with neither a facts file nor `.claimcheck.yaml` (opt-out of opt-in). */
  checkWithoutFacts: boolean;
  inlayHints: { enable: boolean };
}

export const defaultSettings: Settings = { enable: true, checkWithoutFacts: false, inlayHints: { enable: false } };

const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/** Settings from whatever the client sent; anything missing or mistyped keeps its default. */
export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as { enable?: unknown; checkWithoutFacts?: unknown; inlayHints?: { enable?: unknown } };
  return {
    enable: bool(r.enable, defaultSettings.enable),
    checkWithoutFacts: bool(r.checkWithoutFacts, defaultSettings.checkWithoutFacts),
    inlayHints: { enable: bool(r.inlayHints?.enable, defaultSettings.inlayHints.enable) },
  };
}

/** A project is set up for Claimcheck when it has a facts file or a `.claimcheck.yaml`. */
export function isSetUp(project: { configExists: boolean; index: { files: readonly string[] } }): boolean {
  return project.configExists || project.index.files.length > 0;
}

/** Whether the notes of `project` get diagnostics, hovers and hints: on, and set up (or asked for anyway). */
export function checksProject(settings: Settings, project: { configExists: boolean; index: { files: readonly string[] } }): boolean {
  return settings.enable && (settings.checkWithoutFacts || isSetUp(project));
}
