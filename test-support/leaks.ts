// Where a secret must never be: the leak check of every end-to-end run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitLines, workflowCommands } from './commands.js';
import type { ActionRun } from './runner.js';

/** Every regular file under dir (recursive), absolute paths; [] if dir is missing. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Names a secret without revealing it. */
function describe(secret: string, index: number): string {
  const shown = secret.length > 6 ? `${secret.slice(0, 2)}…` : '…';
  return `secret #${index + 1} ("${shown}", ${secret.length} chars)`;
}

function streamProblems(stream: string, secret: string, where: string, label: string): string[] {
  const problems: string[] = [];
  const lines = splitLines(stream);
  const masks = new Map(
    workflowCommands(stream)
      .filter((c) => c.command === 'add-mask')
      .map((c) => [c.line, c.value]),
  );
  const hits: number[] = [];
  const seen: string[] = []; // non-mask lines so far, for multi-line secrets and ordering
  let masked = false;
  lines.forEach((line, n) => {
    const mask = masks.get(n);
    if (mask !== undefined) {
      if (!masked && mask.trim() === secret.trim()) {
        masked = true;
        if (seen.join('\n').includes(secret)) problems.push(`${label}: ::add-mask:: on ${where} line ${n + 1} comes after the value was already printed there`);
      }
      return;
    }
    seen.push(line);
    if (line.includes(secret)) hits.push(n + 1);
  });
  if (hits.length > 0) problems.push(`${label} appears in ${where} line(s) ${hits.join(', ')}`);
  else if (seen.join('\n').includes(secret)) problems.push(`${label} appears in ${where} (across lines)`);
  return problems;
}

/**
 * Human-readable problems for every non-empty secret found where it must not be:
 * stdout/stderr (other than ::add-mask:: lines), an ::add-mask:: that comes after
 * the value was printed on the same stream, the GITHUB_OUTPUT/STATE/ENV/PATH and
 * step-summary files, and any file under RUNNER_TEMP or the HOME given to the action.
 * Messages never contain a secret.
 */
export function findLeaks(secrets: string[], runs: ActionRun | ActionRun[]): string[] {
  const list = Array.isArray(runs) ? runs : [runs];
  const problems = new Set<string>();
  secrets.forEach((secret, i) => {
    if (!secret) return;
    const label = describe(secret, i);
    for (const run of list) {
      for (const p of streamProblems(run.stdout, secret, `${run.entry} stdout`, label)) problems.add(p);
      for (const p of streamProblems(run.stderr, secret, `${run.entry} stderr`, label)) problems.add(p);
      for (const [kind, file] of Object.entries(run.files)) {
        if (existsSync(file) && readFileSync(file, 'utf8').includes(secret)) {
          problems.add(`${label} appears in the ${kind} command file of ${run.entry}`);
        }
      }
      const roots: [string | null, string][] = [
        [run.runnerTemp, 'RUNNER_TEMP'],
        [run.home, 'HOME'],
      ];
      for (const [root, name] of roots) {
        if (root === null) continue;
        for (const file of listFiles(root)) {
          if (readFileSync(file, 'utf8').includes(secret)) problems.add(`${label} appears in ${name}/${relative(root, file)}`);
        }
      }
    }
  });
  return [...problems];
}
