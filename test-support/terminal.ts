// A real terminal for the command-line helper's interactive tests: tmux runs the command under
// `script`, which records every byte the program wrote to its terminal (erased text included),
// while tmux shows the screen as a person would see it and takes the keystrokes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Terminal {
  /** Types `text` (literally) and presses Enter. */
  typeLine(text: string): void;
  /** Presses keys by tmux name (`Down`, `Enter`, `C-c`). */
  press(...keys: string[]): void;
  /** The screen now, and its scrollback. */
  screen(): string;
  /** Waits until the screen shows `text`; throws with the screen after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Waits for the command to end: its exit code and everything it wrote to the terminal. */
  exit(timeoutMs?: number): Promise<{ code: number; output: string }>;
  close(): void;
}

let count = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** Starts `argv` in a fresh tmux server (its own socket) with exactly `env` added to a minimal environment. */
export function startTerminal(argv: string[], env: Record<string, string>, cwd: string): Terminal {
  const dir = mkdtempSync(join(tmpdir(), 'otp-publish-tty-'));
  const socket = `otp-publish-${process.pid}-${++count}`;
  const record = join(dir, 'typescript');
  const status = join(dir, 'status');
  const inner = argv.map(quote).join(' ');
  const shell = `script -qfec ${quote(inner)} ${quote(record)}; echo $? > ${quote(status)}; sleep 600`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? dir, TERM: 'xterm-256color', LANG: 'C.UTF-8' };
  const vars = Object.entries({ ...base, ...env }).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', '120', '-y', '40', '-c', cwd, ...vars, shell]);
  const screen = () => tmux('capture-pane', '-p', '-S', '-200');
  return {
    typeLine(text) {
      tmux('send-keys', '-l', text);
      tmux('send-keys', 'Enter');
    },
    press(...keys) {
      tmux('send-keys', ...keys);
    },
    screen,
    async waitFor(text, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const now = screen();
        if (typeof text === 'string' ? now.includes(text) : text.test(now)) return;
        if (Date.now() > until) throw new Error(`the terminal did not show ${String(text)} within ${timeoutMs} ms; it shows:\n${now}`);
        await sleep(100);
      }
    },
    async exit(timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (!existsSync(status) || !readFileSync(status, 'utf8').trim()) {
        if (Date.now() > until) throw new Error(`the command did not end within ${timeoutMs} ms; the terminal shows:\n${screen()}`);
        await sleep(100);
      }
      return { code: Number(readFileSync(status, 'utf8').trim()), output: readFileSync(record, 'utf8') };
    },
    close() {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
