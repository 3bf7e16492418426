/**
 * What domain code may say. The action implements it with @actions/core; tests with an array.
 * `mask` must be called for every secret value before anything that could contain it is printed.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  mask(secret: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

type Line = ['debug' | 'info' | 'warning', string];

/**
 * Runs `fn` with a logger whose lines are held back and printed as one group when `fn` ends, so
 * packages published in parallel never interleave their logs. Masks are passed on at once.
 */
export async function inGroup<T>(logger: Logger, title: string, fn: (log: Logger) => Promise<T>): Promise<T> {
  const lines: Line[] = [];
  const buffered: Logger = {
    debug: (message) => lines.push(['debug', message]),
    info: (message) => lines.push(['info', message]),
    warning: (message) => lines.push(['warning', message]),
    mask: (secret) => logger.mask(secret),
    group: async (inner, body) => {
      lines.push(['info', inner]);
      return body();
    },
  };
  try {
    return await fn(buffered);
  } finally {
    await logger.group(title, async () => {
      for (const [level, message] of lines) logger[level](message);
    });
  }
}
