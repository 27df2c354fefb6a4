// VS Code settings (`claimcheck.*`): editor concerns only; the rest is `.claimcheck.yaml`.

export interface Settings {
  enable: boolean;
  inlayHints: { enable: boolean };
}

export const defaultSettings: Settings = { enable: true, inlayHints: { enable: true } };

/** Settings from whatever the client sent; anything missing or mistyped keeps its default. */
export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as { enable?: unknown; inlayHints?: { enable?: unknown } };
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : defaultSettings.enable,
    inlayHints: { enable: typeof r.inlayHints?.enable === 'boolean' ? r.inlayHints.enable : defaultSettings.inlayHints.enable },
  };
}
