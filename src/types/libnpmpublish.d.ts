// The part of libnpmpublish (npm's own publishing library) that the in-process upload uses.
declare module 'libnpmpublish' {
  export function publish(manifest: Record<string, unknown>, tarballData: Buffer, options: Record<string, unknown>): Promise<unknown>;
}
