import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProxyAgent } from '../../src/vendor/no-undici.js';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** The node_modules packages each source map of a bundle directory lists. */
function bundledPackages(dir: string): Set<string> {
  const packages = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js.map'))) {
    const { sources } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { sources: string[] };
    for (const source of sources) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (match) packages.add(match[1]!);
    }
  }
  return packages;
}

describe('the bundles', () => {
  it('leave undici out (the stub stands in for it) and still carry @actions/core', () => {
    for (const dir of [dist, join(dist, 'post')]) {
      const packages = bundledPackages(dir);
      expect(packages.has('@actions/core'), dir).toBe(true);
      expect(packages.has('undici'), dir).toBe(false);
    }
  });

  it("the stub fails loudly if @actions/http-client's proxy dispatcher is ever asked for", () => {
    expect(() => new ProxyAgent()).toThrow(/undici is not bundled with otp-publish/);
  });
});
