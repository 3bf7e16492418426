/** One tarball a `pack --json` command reports. */
export interface PackedEntry {
  name?: string;
  version?: string;
  /** The tarball's file name (npm) or path (pnpm). */
  filename?: string;
}

/**
 * The tarballs a `pack --json` command reports, whatever its shape: npm 11 prints an array, npm 12
 * an object keyed by package name, pnpm an array (`-r`) or one object. Lifecycle scripts may print
 * before the JSON, on the same stream; the JSON is the last value that starts a line and runs to
 * the end. Undefined when stdout holds no such value (the command failed before packing).
 */
export function packedEntries(stdout: string): PackedEntry[] | undefined {
  const value = trailingJson(stdout);
  if (Array.isArray(value)) return value.filter(isObject);
  if (!isObject(value)) return undefined;
  if (typeof value.filename === 'string') return [value];
  const entries = Object.values(value).filter(isObject);
  return entries.length && entries.every((entry) => typeof entry.filename === 'string') ? entries : undefined;
}

/** The JSON value that starts at the beginning of a line of `text` and runs to its end (the first such line that parses). */
function trailingJson(text: string): unknown {
  for (const match of text.matchAll(/^[[{]/gm)) {
    try {
      return JSON.parse(text.slice(match.index));
    } catch {
      // a script's output line that starts with a bracket: try the next line
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> & PackedEntry {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
