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
