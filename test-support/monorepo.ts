// Generates an npm-workspaces monorepo whose packages depend on each other, for tests and benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePackage } from './registry.js';

export interface MonorepoPackage {
  name: string;
  version: string;
  dir: string;
  /** Names of the workspace packages it depends on (dependencies, optional and peer). */
  dependsOn: string[];
}

/**
 * `count` packages `@<scope>/p-1..p-N` under `dir/packages/` (directory names sort differently from
 * dependency order), plus a private root with `workspaces: ["packages/*"]` and a package-lock.json. p-i depends on
 * p-(i-1) unless i % 3 == 1 (chains), has p-(i/2) as a peer when i > 3, and p-(i-2) as an optional
 * dependency when i % 5 == 0; so there is both order to respect and room to publish in parallel.
 * `fields` are added to every package's manifest (e.g. `repository`).
 */
export function writeMonorepo(dir: string, scope: string, count: number, version = '1.0.0', fields: Record<string, unknown> = {}): MonorepoPackage[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `@${scope}/root`, private: true, workspaces: ['packages/*'] }, null, 2)}\n`);
  // Workspace tools are told apart by their lockfile; an npm monorepo has package-lock.json.
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify({ name: `@${scope}/root`, lockfileVersion: 3, requires: true, packages: {} }, null, 2)}\n`);
  const name = (i: number) => `@${scope}/p-${i}`;
  const packages: MonorepoPackage[] = [];
  for (let i = 1; i <= count; i++) {
    const dependencies: Record<string, string> = {};
    const peerDependencies: Record<string, string> = {};
    const optionalDependencies: Record<string, string> = {};
    if (i > 1 && i % 3 !== 1) dependencies[name(i - 1)] = `^${version}`;
    if (i > 3) peerDependencies[name(Math.floor(i / 2))] = `^${version}`;
    if (i > 2 && i % 5 === 0) optionalDependencies[name(i - 2)] = `^${version}`;
    const pkgDir = writePackage(join(dir, 'packages', `p-${i}`), {
      name: name(i),
      version,
      publishConfig: { access: 'public' },
      dependencies,
      peerDependencies,
      optionalDependencies,
      ...fields,
    });
    const dependsOn = [...new Set([...Object.keys(dependencies), ...Object.keys(peerDependencies), ...Object.keys(optionalDependencies)])];
    packages.push({ name: name(i), version, dir: pkgDir, dependsOn });
  }
  return packages;
}
