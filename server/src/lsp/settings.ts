// Settings flow package.json → client → here, read per document through
// workspace/configuration (scoped to the document's URI) and kept until the
// client says they changed, never in a global.
import path from 'node:path';
import type { Connection } from 'vscode-languageserver/node.js';
import { isDiagnosticCode, type SeveritySetting } from '../core/diagnostics.js';
import type { SeverityOverrides } from '../core/rules/index.js';
import type { CheckOptions } from '../core/service-types.js';
import { checkLimitsOf, defaultLimits, readLimits, type LimitSettings } from './limit-settings.js';

/** The `tradecraft.*` settings of one document. */
export interface TradecraftSettings {
  enable: boolean;
  /** Path to claims-schema.yaml, relative to the workspace folder; empty: discover it. */
  schemaPath: string;
  /** Per-code severities on top of the schema's `rules:`. */
  severity: SeverityOverrides;
  limits: LimitSettings;
}

export const defaultSettings: TradecraftSettings = { enable: true, schemaPath: '', severity: {}, limits: defaultLimits };

/** Reads and caches settings per document URI. */
export interface SettingsStore {
  get(uri: string): Promise<TradecraftSettings>;
  /** Forgets every cached value (didChangeConfiguration). */
  clear(): void;
  /** Forgets one document's value (didClose). */
  forget(uri: string): void;
  /** How many documents' settings are cached. */
  size(): number;
}

export function createSettingsStore(connection: Connection, canPull: () => boolean, fallback: () => unknown): SettingsStore {
  const cache = new Map<string, Promise<TradecraftSettings>>();
  // The documents asked for in one turn go out as one workspace/configuration request of many items: the
  // workspace check reads files 64 at a time, and ten thousand requests were ten thousand round trips.
  let batch: Array<{ uri: string; answer: (raw: unknown) => void }> = [];
  const send = async () => {
    const items = batch;
    batch = [];
    const raws = await connection.workspace.getConfiguration(items.map(({ uri }) => ({ scopeUri: uri, section: 'tradecraft' }))).catch(() => undefined);
    items.forEach(({ answer }, i) => answer(Array.isArray(raws) ? raws[i] : undefined));
  };
  const ask = (uri: string) =>
    new Promise<unknown>((answer) => {
      if (batch.push({ uri, answer }) === 1) queueMicrotask(() => void send());
    });
  const pull = async (uri: string): Promise<TradecraftSettings> => {
    const raw = canPull() ? await ask(uri) : fallback();
    return readSettings(raw, (message) => connection.console.warn(message));
  };
  return {
    get(uri) {
      let settings = cache.get(uri);
      if (!settings) cache.set(uri, (settings = pull(uri)));
      return settings;
    },
    clear: () => cache.clear(),
    forget: (uri) => cache.delete(uri),
    size: () => cache.size,
  };
}

/** Validates raw settings from any client; what is wrong is reported once and replaced by the default. */
export function readSettings(raw: unknown, warn: (message: string) => void): TradecraftSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: SeverityOverrides = {};
  const given = value.severity && typeof value.severity === 'object' ? (value.severity as Record<string, unknown>) : {};
  for (const [code, setting] of Object.entries(given)) {
    if (isDiagnosticCode(code) && isSeveritySetting(setting)) severity[code] = setting;
    else warn(`Ignoring tradecraft.severity.${code}: expected a diagnostic code set to error, warning, info, hint or off.`);
  }
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : defaultSettings.enable,
    schemaPath: typeof value.schemaPath === 'string' ? value.schemaPath.trim() : defaultSettings.schemaPath,
    severity,
    limits: readLimits(value.limits, warn),
  };
}

/** The core's check options for a document: the schema path resolved against its workspace folder. */
export function checkOptionsOf(settings: TradecraftSettings, filePath: string, folders: readonly string[]): CheckOptions {
  const folder = folders.filter((f) => filePath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] ?? path.dirname(filePath);
  return {
    schemaPath: settings.schemaPath ? path.resolve(folder, settings.schemaPath) : undefined,
    // A file opened without a workspace folder has its own folder as its tree.
    workspaceRoot: folder,
    severity: settings.severity,
    limits: checkLimitsOf(settings.limits),
    // A hint in the editor costs nothing and catches a comment left behind after a fix.
    reportUnusedSuppressions: true,
  };
}

function isSeveritySetting(value: unknown): value is SeveritySetting {
  return value === 'error' || value === 'warning' || value === 'info' || value === 'hint' || value === 'off';
}
