import type { Logger } from '../src/logger.js';

/** A logger that keeps everything, for unit tests. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly masked: string[] = [];
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  mask(secret: string): void {
    if (secret) this.masked.push(secret);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${title}`);
    try {
      return await fn();
    } finally {
      this.lines.push('endgroup');
    }
  }
}
