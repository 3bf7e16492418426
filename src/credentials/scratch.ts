import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every scratch directory's name starts with this; the post step removes nothing else. */
export const SCRATCH_PREFIX = 'otp-publish-';

/**
 * A private directory (0700) for the run's temporary files (files 0600). Removed in `finally`
 * by the main step and, should the main step die first, by the post step.
 */
export class ScratchDir {
  private constructor(readonly path: string) {}

  static async create(parent: string): Promise<ScratchDir> {
    const path = await mkdtemp(join(parent, SCRATCH_PREFIX));
    await chmod(path, 0o700);
    return new ScratchDir(path);
  }

  async write(name: string, content: string): Promise<string> {
    const file = join(this.path, name);
    await writeFile(file, content, { mode: 0o600 });
    return file;
  }

  async subdir(name: string): Promise<string> {
    const path = join(this.path, name);
    await mkdir(path, { mode: 0o700, recursive: true });
    return path;
  }

  async dispose(): Promise<void> {
    await removeScratch(this.path);
  }
}

export async function removeScratch(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}
