// Whether the real `gem` CLI is here. Tests that need it skip with a visible reason when it is
// missing, except under CI=true, where a missing `gem` fails them (.ci/run installs Ruby).
import { spawnSync } from 'node:child_process';

function probe(): string | null {
  const result = spawnSync('gem', ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** `gem --version`, or null when `gem` is not on PATH. */
export const GEM_VERSION: string | null = probe();

/** Call at the top of a test file that needs `gem`. */
export function requireGemUnlessLocal(file: string): void {
  if (GEM_VERSION) return;
  const why = '`gem` (RubyGems) is not on PATH; install Ruby (apt-get update && apt-get install -y ruby)';
  if (process.env.CI === 'true') throw new Error(`${file} cannot run under CI: ${why}`);
  console.warn(`[${file}] SKIPPED: ${why}`);
}
