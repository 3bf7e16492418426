// The README's input and output tables must list exactly what action.yml declares, with the same defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT } from '../../src/action/inputs.js';
import { OUTPUT } from '../../src/action/report.js';
import { projectRoot, readActionMetadata } from '../../test-support/runner.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const actionYml = readFileSync(join(projectRoot, 'action.yml'), 'utf8');

/** Rows of the Markdown table under `## heading`: first cell (backticks removed) -> second cell. */
function table(heading: string): Map<string, string> {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = /^\| `([^`]+)` \|([^|]*)\|/.exec(line);
    if (cells) rows.set(cells[1]!, cells[2]!.trim().replace(/^`|`$/g, ''));
  }
  return rows;
}

describe('README tables', () => {
  it('list every input of action.yml with its default', () => {
    const declared = readActionMetadata().inputs;
    const documented = table('Inputs');
    expect([...documented.keys()].sort()).toEqual(Object.keys(declared).sort());
    for (const [name, fallback] of Object.entries(declared)) expect(documented.get(name), name).toBe(fallback ?? '');
  });

  it('list every output of action.yml', () => {
    const outputs = [...(actionYml.split('\noutputs:\n')[1] ?? '').split(/\n\S/)[0]!.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    expect([...table('Outputs').keys()].sort()).toEqual(outputs.sort());
  });

  it('name the same inputs and outputs as the code', () => {
    expect(Object.values(INPUT).sort()).toEqual(Object.keys(readActionMetadata().inputs).sort());
    expect(Object.values(OUTPUT).sort()).toEqual([...table('Outputs').keys()].sort());
  });
});
