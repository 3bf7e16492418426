// A deliberately small reader of the parts of action.yml the runner needs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot: string = fileURLToPath(new URL('..', import.meta.url));

export interface ActionMetadata {
  /** Declared inputs -> default (undefined when none). */
  inputs: Record<string, string | undefined>;
  /** Scalars of the `runs:` block: using, main, post, post-if, ... */
  runs: Record<string, string>;
}

/**
 * A deliberately tiny reader for the parts of action.yml the runner needs:
 * `inputs.<name>.default` and the scalars under `runs:`. Block scalars are
 * skipped except where a value is needed, where they are rejected.
 */
export function parseActionYml(text: string): ActionMetadata {
  const meta: ActionMetadata = { inputs: {}, runs: {} };
  let section = '';
  let childIndent = -1;
  let input: string | undefined;
  let propIndent = -1;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const m = /^\s*("[^"]*"|'[^']*'|[^\s#'"][^:]*?)\s*:(?:\s+(.*))?$/.exec(raw);
    if (indent === 0) {
      section = m ? scalar(m[1]!) : '';
      childIndent = -1;
      input = undefined;
      continue;
    }
    if (!m || (section !== 'inputs' && section !== 'runs')) continue;
    if (childIndent < 0) childIndent = indent;
    const key = scalar(m[1]!);
    const value = m[2] ?? '';
    if (section === 'runs') {
      if (indent === childIndent) meta.runs[key] = blockless(value, `runs.${key}`);
    } else if (indent === childIndent) {
      input = key;
      propIndent = -1;
      meta.inputs[input] = undefined;
    } else if (input !== undefined) {
      if (propIndent < 0) propIndent = indent;
      if (indent === propIndent && key === 'default') meta.inputs[input] = blockless(value, `inputs.${input}.default`);
    }
  }
  return meta;
}

function blockless(value: string, where: string): string {
  if (/^[|>]/.test(value.trim())) throw new Error(`action.yml ${where}: block scalars are not supported by the test harness`);
  return scalar(value);
}

/** One YAML flow scalar: 'single', "double", or plain (comments stripped). */
function scalar(raw: string): string {
  const s = raw.trim();
  if (s.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'/.exec(s);
    if (m) return m[1]!.replace(/''/g, "'");
  }
  if (s.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(s);
    if (m) {
      try {
        return JSON.parse(`"${m[1]}"`) as string;
      } catch {
        return m[1]!;
      }
    }
  }
  return s.replace(/(^|\s)#.*$/, '').trim();
}

export function readActionMetadata(): ActionMetadata {
  const file = join(projectRoot, 'action.yml');
  if (!existsSync(file)) throw new Error(`${file} not found`);
  return parseActionYml(readFileSync(file, 'utf8'));
}
