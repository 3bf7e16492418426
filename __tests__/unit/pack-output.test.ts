// `pack --json` output of today's clients, recorded from the real commands (a workspace of `a`
// with a prepack script that prints, and `@s/b`):
//   npm pack --workspace=a --workspace=b --pack-destination D --json --ignore-scripts=false   (npm 11.19.1, npm 12.2.3 on Node 24)
//   pnpm -r pack --pack-destination D --json   and   pnpm pack --pack-destination D --json   (pnpm 10.34.9, pnpm 12.26.0)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packedEntries } from '../../src/registries/pack-output.js';

const sample = (name: string) => readFileSync(new URL(`../fixtures/pack-output/${name}.txt`, import.meta.url), 'utf8');
const ids = (stdout: string) => packedEntries(stdout)?.map((entry) => `${entry.name}@${entry.version} ${entry.filename?.split('/').pop()}`);

describe('packedEntries reads what each client prints, by its shape', () => {
  it('npm 11: an array, after the output of a prepack script', () => {
    expect(ids(sample('npm-11.19.1-workspaces'))).toEqual(['@s/a@1.0.0 s-a-1.0.0.tgz', 'b@2.0.0 b-2.0.0.tgz']);
  });

  it('npm 12: an object keyed by package name', () => {
    expect(sample('npm-12.2.3-workspaces')).toMatch(/^\{\n {2}"@s\/a": \{/m);
    expect(ids(sample('npm-12.2.3-workspaces'))).toEqual(['@s/a@1.0.0 s-a-1.0.0.tgz', 'b@2.0.0 b-2.0.0.tgz']);
  });

  it('pnpm 10 and 12: an array for -r, one object for a single package, after script lines that start with brackets', () => {
    for (const version of ['10.34.9', '12.26.0']) {
      expect(sample(`pnpm-${version}-recursive`)).toContain('[prepack] {building}');
      expect(ids(sample(`pnpm-${version}-recursive`))?.sort(), version).toEqual(['@s/b@0.1.0 s-b-0.1.0.tgz', 'a@1.0.0 a-1.0.0.tgz']);
    }
    expect(ids(sample('pnpm-10.34.9-single'))).toEqual(['a@1.0.0 a-1.0.0.tgz']);
  });

  it('nothing when the client failed before packing (its error object, or no JSON at all)', () => {
    expect(packedEntries('{\n  "error": {\n    "code": "ENOENT",\n    "summary": "no such file"\n  }\n}\n')).toBeUndefined();
    expect(packedEntries('npm error code E404\n')).toBeUndefined();
    expect(packedEntries('')).toBeUndefined();
  });
});
