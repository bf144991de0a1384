export type ManifestCheck =
  "xsd" | "xml" | "resid" | "duplicate-id" | "locale" | "origin" | "icon" | "function";

export interface ManifestProblem {
  readonly check: ManifestCheck;
  readonly message: string;
  readonly line?: number;
}

export interface CheckManifestOptions {
  /** Where icon paths (relative to the add-in's base URL) are looked up. Default: the project root. */
  readonly rootDir?: string;
  readonly schemaDir?: string;
  /** Searched for Office.actions.associate("name", …). Default: src/commands. */
  readonly commandsDir?: string;
  readonly requiredLocales?: readonly string[];
}

export function checkManifest(xml: string, options?: CheckManifestOptions): Promise<ManifestProblem[]>;
export function formatProblem(file: string, problem: ManifestProblem): string;
