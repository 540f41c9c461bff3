/**
 * The configuration a document is checked with: the workspace's `.factdesk.json` (a newsroom's
 * shared rules) under the user's explicitly set `factdesk.*` settings, both read by the core's
 * `parseConfig` so a key means the same everywhere. Pure: configuration.ts gathers the inputs.
 *
 * In an untrusted (restricted) workspace the file's `systemPatterns` (regular expressions run on
 * every keystroke), `extraSystems` (a list a pull request can make huge) and `sourcesRegistry`
 * (a path the extension would read) are dropped; VS Code
 * itself drops those settings from workspace scope via `restrictedConfigurations`.
 */
import { DEFAULT_SOURCE_GLOBS, mergeOptions, parseConfig } from '../core/config';
import type { ClaimKind } from '../core/claims';
import type { AnalyzeOptions, LinkStyle } from '../core/options';

export const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];
export const DEFAULT_SOURCES_REGISTRY = '.factdesk/sources.json';
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** The engine checks 20 MB in tens of seconds; anything bigger is not a draft, whatever a setting says. */
export const MAX_FILE_SIZE_LIMIT = 20 * 1024 * 1024;

/** `factdesk.maxFileSize` as used: a number of bytes between 0 and MAX_FILE_SIZE_LIMIT, else the default. */
export function fileSizeLimit(setting: unknown): number {
  if (typeof setting !== 'number' || Number.isNaN(setting)) return DEFAULT_MAX_FILE_SIZE;
  return Math.min(MAX_FILE_SIZE_LIMIT, Math.max(0, setting));
}

export const UNTRUSTED_FILE_KEYS = ['systemPatterns', 'extraSystems', 'sourcesRegistry'];

export interface EffectiveConfig {
  options: AnalyzeOptions;
  linkStyle: LinkStyle;
  /** Path of the sources registry, relative to the workspace folder unless absolute. */
  sourcesRegistry: string;
  /** Globs of source files for quote matching, relative to the workspace folder. */
  sources: string[];
  languages: string[];
  /** Problems in the file or settings, each naming the key and where it came from. */
  errors: string[];
}

/** The `factdesk.*` settings the user set explicitly (any scope), under their `.factdesk.json` names. */
export interface ExplicitSettings {
  kinds?: Partial<Record<ClaimKind, boolean>>;
  rules?: unknown;
  dateline?: unknown;
  languages?: unknown;
  linkStyle?: unknown;
  extraSystems?: unknown;
  systemPatterns?: unknown;
  sourcesRegistry?: unknown;
  sources?: unknown;
  anonymousPhrases?: unknown;
  namedSources?: unknown;
  ignore?: unknown;
  preset?: unknown;
  dateOrder?: unknown;
  presentReferences?: unknown;
}

export interface ConfigInputs {
  /** The parsed `.factdesk.json`, or undefined when there is none. */
  file: { json: unknown; origin: string } | undefined;
  settings: ExplicitSettings;
  trusted: boolean;
}

function withoutUntrustedKeys(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const copy: Record<string, unknown> = { ...(json as Record<string, unknown>) };
  for (const key of UNTRUSTED_FILE_KEYS) delete copy[key];
  return copy;
}

export function effectiveConfig(inputs: ConfigInputs): EffectiveConfig {
  const fileJson = inputs.file && (inputs.trusted ? inputs.file.json : withoutUntrustedKeys(inputs.file.json));
  const file = inputs.file ? parseConfig(fileJson, inputs.file.origin) : undefined;
  const settingsObject: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inputs.settings)) if (value !== undefined) settingsObject[key] = value;
  const settings = parseConfig(settingsObject, 'settings');
  return {
    options: mergeOptions(file?.options, settings.options),
    linkStyle: settings.linkStyle ?? file?.linkStyle ?? 'inline',
    sourcesRegistry: settings.sourcesRegistry ?? file?.sourcesRegistry ?? DEFAULT_SOURCES_REGISTRY,
    sources: settings.sources ?? file?.sources ?? [...DEFAULT_SOURCE_GLOBS],
    languages: settings.languages ?? file?.languages ?? DEFAULT_LANGUAGES,
    errors: [...(file?.errors ?? []), ...settings.errors],
  };
}
