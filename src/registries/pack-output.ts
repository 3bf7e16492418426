/** One tarball a `pack --json` command reports. */
export interface PackedEntry {
  name?: string;
  version?: string;
  /** The tarball's file name (npm) or path (pnpm). */
  filename?: string;
}

/** What a `pack --json` command printed on stdout: the tarballs it reports, and what its scripts printed before them. */
export interface PackOutput {
  /** Undefined when stdout holds no report (the command failed before packing). */
  entries: PackedEntry[] | undefined;
  /** The command's own failure, when it printed one as JSON (`{"error": {"code", "message" | "summary"}}`). */
  error: string | undefined;
  /** Everything before the JSON: the lifecycle scripts' output. */
  scripts: string;
}

/**
 * Reads a `pack --json` command's stdout, whatever its shape: npm 11 prints an array, npm 12 an
 * object keyed by package name, pnpm an array (`-r`) or one object. Lifecycle scripts may print
 * before the JSON, on the same stream; the JSON is the first value that starts a line and runs to
 * the end.
 */
export function readPackOutput(stdout: string): PackOutput {
  const { value, start } = trailingJson(stdout);
  const scripts = stdout.slice(0, start).trim();
  if (Array.isArray(value)) return { entries: value.filter(isObject), error: undefined, scripts };
  if (!isObject(value)) return { entries: undefined, error: undefined, scripts };
  if (typeof value.filename === 'string') return { entries: [value], error: undefined, scripts };
  const failure = value.error as { code?: unknown; message?: unknown; summary?: unknown } | undefined;
  if (isObject(failure)) return { entries: undefined, error: [failure.code, failure.message ?? failure.summary].filter(Boolean).join(': '), scripts };
  const entries = Object.values(value).filter(isObject);
  const valid = entries.length > 0 && entries.every((entry) => typeof entry.filename === 'string');
  return { entries: valid ? entries : undefined, error: undefined, scripts };
}

/** The tarballs of a `pack --json` report (see readPackOutput); undefined when there is none. */
export function packedEntries(stdout: string): PackedEntry[] | undefined {
  return readPackOutput(stdout).entries;
}

/** The JSON value that starts at the beginning of a line of `text` and runs to its end (the first such line that parses), and where it starts. */
function trailingJson(text: string): { value: unknown; start: number } {
  for (const match of text.matchAll(/^[[{]/gm)) {
    try {
      return { value: JSON.parse(text.slice(match.index)), start: match.index };
    } catch {
      // a script's output line that starts with a bracket: try the next line
    }
  }
  return { value: undefined, start: text.length };
}

function isObject(value: unknown): value is Record<string, unknown> & PackedEntry {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
