// The built command-line helper (dist/cli/index.js) in a real terminal (tmux, recorded by
// `script`): the secret prompt hides input; a code that does not match stores nothing; a matching
// one stores the normalised secret as an Actions secret, which the GitHub double decrypts with its
// own private key. No form of the secret appears on the screen or in anything the program wrote.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../../test-support/github/server.js';
import { projectRoot } from '../../test-support/runner.js';
import { migrationUri, qrJpeg } from '../../test-support/qr-fixtures.js';
import { startTerminal, type Terminal } from '../../test-support/terminal.js';
import { codeNow as codeOf } from '../../test-support/totp.js';

const CLI = join(projectRoot, 'dist', 'cli', 'index.js');
const TOKEN = 'ghp_setupHelperToken0123456789';
const REPO = 'octo-org/octo-repo';
const SECRET = 'JBSWY3DPEHPK3PXP';
// How a person may paste it: lower case, in groups.
const TYPED = 'jbsw y3dp ehpk 3pxp';

let github: GitHubServer;
let terminal: Terminal | undefined;

beforeAll(async () => {
  github = await startGitHubServer({ token: TOKEN, repo: REPO, environments: ['npm-release'] });
});
afterAll(async () => github?.stop());
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  github.reset();
});

function helper(args: string[], env: Record<string, string> = { GH_TOKEN: TOKEN }): Terminal {
  terminal = startTerminal([process.execPath, CLI, ...args], { GITHUB_API_URL: github.url, ...env }, projectRoot);
  return terminal;
}

/** No form of the secret on the screen or in the recorded output. */
function expectNoSecret(screen: string, output: string, forms: string[]): void {
  for (const form of forms) {
    for (const text of [screen, output]) expect(text.toLowerCase().replace(/\s/g, '')).not.toContain(form.toLowerCase().replace(/\s/g, ''));
  }
}

describe('otp-publish setup', () => {
  it('stores the normalised secret once the code from the app matches; the prompt shows nothing typed', async () => {
    const tty = helper(['setup', '--repo', REPO]);
    await tty.waitFor('TOTP secret');
    tty.typeLine(TYPED);
    await tty.waitFor('The code your authenticator app shows now');
    expect(tty.screen()).toContain('algorithm SHA1, 6 digits, 30 s period');
    expect(tty.screen()).toMatch(/current code: \d{6} \(\d+ s left\)/);
    tty.typeLine(codeOf(SECRET));
    const { code, output } = await tty.exit();
    expect(code, tty.screen()).toBe(0);
    expect(tty.screen()).toContain(`created NPM_TOTP_SECRET in ${REPO}`);
    expect(github.secrets()).toEqual([{ environment: undefined, name: 'NPM_TOTP_SECRET', value: SECRET, key_id: expect.any(String) }]);
    expectNoSecret(tty.screen(), output, [SECRET, TYPED]);
  });

  it('a code that does not match stores nothing and sends nothing', async () => {
    const tty = helper(['setup', '--repo', REPO]);
    await tty.waitFor('TOTP secret');
    tty.typeLine(SECRET);
    await tty.waitFor('The code your authenticator app shows now');
    tty.typeLine(String((Number(codeOf(SECRET)) + 500_000) % 1_000_000).padStart(6, '0'));
    const { code, output } = await tty.exit();
    expect(code).toBe(1);
    expect(tty.screen()).toContain("that code is not the secret's code now, nor in the window before or after: nothing was stored");
    expect(github.secrets()).toEqual([]);
    expect(github.requests()).toEqual([]);
    expectNoSecret(tty.screen(), output, [SECRET]);
  });

  it('an environment secret from an otpauth URI keeps its algorithm, digits and period', async () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const uri = `otpauth://totp/npm:alice?secret=${secret}&issuer=npm&algorithm=SHA256&digits=8&period=30`;
    const tty = helper(['setup', '--repo', REPO, '--environment', 'npm-release', '--name', 'NPM_TOTP']);
    await tty.waitFor('TOTP secret');
    tty.typeLine(uri);
    await tty.waitFor('The code your authenticator app shows now');
    expect(tty.screen()).toContain('issuer: npm, account: alice');
    expect(tty.screen()).toContain('algorithm SHA256, 8 digits, 30 s period');
    tty.typeLine(codeOf(secret, { algorithm: 'sha256', digits: 8 }));
    const { code, output } = await tty.exit();
    expect(code, tty.screen()).toBe(0);
    expect(github.secrets()).toEqual([
      {
        environment: 'npm-release',
        name: 'NPM_TOTP',
        value: `otpauth://totp/otp-publish?secret=${secret}&algorithm=SHA256&digits=8&period=30`,
        key_id: expect.any(String),
      },
    ]);
    expectNoSecret(tty.screen(), output, [secret, uri]);
  });

  it('--dry-run reads the public key and seals, but stores nothing', async () => {
    const tty = helper(['setup', '--repo', REPO, '--dry-run']);
    await tty.waitFor('TOTP secret');
    tty.typeLine(SECRET);
    await tty.waitFor('The code your authenticator app shows now');
    tty.typeLine(codeOf(SECRET));
    const { code } = await tty.exit();
    expect(code, tty.screen()).toBe(0);
    expect(tty.screen()).toContain('dry run: NPM_TOTP_SECRET in octo-org/octo-repo would be stored');
    expect(github.secrets()).toEqual([]);
    expect(github.requests().map((request) => [request.method, request.path])).toEqual([['GET', `/repos/${REPO}/actions/secrets/public-key`]]);
  });

  it('names the permission a refused token needs (403), and a missing token before asking anything', async () => {
    github.configure({ forbidSecrets: true });
    const tty = helper(['setup', '--repo', REPO]);
    await tty.waitFor('TOTP secret');
    tty.typeLine(SECRET);
    await tty.waitFor('The code your authenticator app shows now');
    tty.typeLine(codeOf(SECRET));
    expect((await tty.exit()).code).toBe(1);
    expect(tty.screen()).toContain('the token may not manage the secrets of octo-org/octo-repo (403');
    expect(tty.screen()).toContain("'Secrets: read and write'");
    // Only the helper's own words: no request line of Octokit's (`GET /repos/... - 403 with id ...`).
    expect(tty.screen()).not.toMatch(/with id \S+ in \d+ms/);
    tty.close();

    const bare = helper(['setup', '--repo', REPO], {});
    expect((await bare.exit()).code).toBe(1);
    expect(bare.screen()).toContain('GH_TOKEN (or GITHUB_TOKEN) is empty');
  });
});

describe('otp-publish setup --qr', () => {
  it('lists the accounts of an authenticator export, stores the one chosen, and warns that the image holds the secret', async () => {
    const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
    const secretB = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // base32 of 12345678901234567890
    const file = join(mkdtempSync(join(tmpdir(), 'otp-publish-qr-')), 'export.jpg');
    const accounts = [
      { secret: bytes('Hello!\xde\xad\xbe\xef'), name: 'alice', issuer: 'npm', algorithm: 1, digits: 1, type: 2 },
      { secret: bytes('12345678901234567890'), name: 'bob', issuer: 'rubygems.org', algorithm: 2, digits: 2, type: 2 },
      { secret: bytes('counter-secret-abc'), name: 'hotp', issuer: 'example', algorithm: 1, digits: 1, type: 1 },
    ];
    writeFileSync(file, await qrJpeg(migrationUri(accounts)));
    const tty = helper(['setup', '--repo', REPO, '--qr', file, '--name', 'GEM_TOTP']);
    await tty.waitFor('holds 2 accounts; which one?');
    expect(tty.screen()).toContain('skipped example: hotp: an HOTP (counter-based) entry');
    expect(tty.screen()).toContain(`warning: ${file} still holds the secret`);
    tty.press('Down');
    await tty.waitFor(/❯ rubygems\.org: bob/);
    tty.press('Enter');
    await tty.waitFor('The code your authenticator app shows now');
    expect(tty.screen()).toContain('algorithm SHA256, 8 digits, 30 s period');
    tty.typeLine(codeOf(secretB, { algorithm: 'sha256', digits: 8 }));
    const { code, output } = await tty.exit();
    expect(code, tty.screen()).toBe(0);
    expect(github.secrets()).toMatchObject([{ name: 'GEM_TOTP', value: `otpauth://totp/otp-publish?secret=${secretB}&algorithm=SHA256&digits=8&period=30` }]);
    expectNoSecret(tty.screen(), output, [secretB, 'JBSWY3DPEHPK3PXP']);
  });

  it('an image without a QR code is an error that names it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'otp-publish-qr-')), 'notes.txt');
    writeFileSync(file, 'not an image');
    const tty = helper(['code', '--qr', file], {});
    expect((await tty.exit()).code).toBe(1);
    expect(tty.screen()).toContain(`${file} is not a PNG or JPEG image`);
  });
});

describe('otp-publish code', () => {
  it('prints the current code for a secret typed at the hidden prompt', async () => {
    const tty = helper(['code'], {});
    await tty.waitFor('TOTP secret');
    tty.typeLine(SECRET);
    const { code, output } = await tty.exit();
    expect(code).toBe(0);
    const shown = /^(\d{6})\s*$/m.exec(tty.screen())?.[1];
    expect([codeOf(SECRET), codeOf(SECRET, { offsetMs: -30_000 })]).toContain(shown);
    expect(tty.screen()).toMatch(/\d+ s left in this 30 s window/);
    expectNoSecret(tty.screen(), output, [SECRET]);
  });
});
