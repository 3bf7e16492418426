import { childEnv } from '../credentials/child-env.js';
import type { Credential } from '../credentials/credential.js';
import { NPM_TOKEN_ENV, writeNpmUserconfig } from '../credentials/npmrc.js';
import { ScratchDir } from '../credentials/scratch.js';
import { InputError, OtpRejectedError, errorMessage } from '../errors.js';
import type { Verdict } from '../otp/gate.js';
import { runCommand, type CommandResult } from '../process.js';
import { gemOtpProblem } from '../registries/gem-output.js';
import { npmClientOtpDemand, YARN_OTP_DEMAND } from '../registries/npm-output.js';
import type { RegistryId } from '../registries/types.js';
import { credentialChooser, type ModeDeps, type PublishConfig } from './config.js';

export interface RunResult {
  command: string;
  exitCode: number | undefined;
  /** Why the command counts as failed, when it does. */
  error?: string;
  /** Codes sent, per registry with a TOTP secret. */
  otpAttempts: Partial<Record<RegistryId, number>>;
  /** The credential each registry got. */
  auth: Record<RegistryId, Credential['auth']>;
  durationMs: number;
}

/** The variable a command passes to clients that take the npm code only as a flag: `--otp "$NPM_OTP"`. */
const NPM_OTP_FOR_FLAGS = 'NPM_OTP';

/**
 * The variables that carry each registry's code into the command, where each client reads it:
 * npm and pnpm 10 `NPM_CONFIG_OTP`, pnpm 11+ `PNPM_CONFIG_OTP` (it ignores NPM_CONFIG_*), `gem`
 * `GEM_HOST_OTP_CODE`, and `NPM_OTP` for clients that take a code only from `--otp` (yarn 4,
 * `changeset publish` with yarn).
 */
const OTP_ENV: Record<RegistryId, string[]> = { npm: ['NPM_CONFIG_OTP', 'PNPM_CONFIG_OTP', NPM_OTP_FOR_FLAGS], rubygems: ['GEM_HOST_OTP_CODE'] };
const OTP_PROBLEM: Record<RegistryId, (text: string) => 'otp-rejected' | 'web-auth' | undefined> = {
  npm: npmClientOtpDemand,
  rubygems: gemOtpProblem,
};
const RUN_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * `mode: run`: runs a publish command of the user's (changesets, lerna, `pnpm -r publish`) through
 * bash in the workspace, with the npm token in a temporary userconfig, the RubyGems key in
 * GEM_HOST_API_KEY and, per registry with a TOTP secret, a fresh masked code from the same OTP gate
 * that `mode: publish` uses: window guard, and one re-run in a new window when the output shows
 * that registry refusing the code.
 */
export async function runMode(command: string, config: PublishConfig, deps: ModeDeps): Promise<RunResult> {
  const { clock, logger } = deps;
  // A command gets tokens (with TOTP): trusted publishing is per package, which a command is not.
  // The attempt is the whole command: its time says nothing about a code's time to the registry.
  const chooser = credentialChooser(config, deps, { dryRun: false, auth: 'token', adaptiveGuard: false });
  const credentials = { npm: chooser.forRegistry('npm'), rubygems: chooser.forRegistry('rubygems') };
  if (credentials.npm.auth === 'none' && credentials.rubygems.auth === 'none') {
    throw new InputError(
      'command',
      "runs with no credential: 'mode: run' needs npm-token or rubygems-api-key (with their TOTP secrets when the accounts use 2FA)",
    );
  }
  const auth = { npm: credentials.npm.auth, rubygems: credentials.rubygems.auth };
  const started = clock.now();
  const otpAttempts: RunResult['otpAttempts'] = {};
  const scratch = await ScratchDir.create(config.runnerTemp);
  deps.onScratch(scratch.path);
  try {
    const env = await credentialEnv(credentials, config, scratch);
    const keep = config.npm.provenance === 'true' ? [/^ACTIONS_ID_TOKEN_REQUEST_/] : [];
    const once = (codes: Partial<Record<RegistryId, string>>) => {
      const withCodes = { ...env };
      for (const [registry, code] of Object.entries(codes)) for (const name of OTP_ENV[registry as RegistryId]) withCodes[name] = code;
      return runCommand('bash', ['-c', command], {
        cwd: config.root,
        env: childEnv(config.env, withCodes, keep),
        timeoutMs: RUN_TIMEOUT_MS,
        logger,
        display: `bash -c ${JSON.stringify(command)}`,
        onLine: (line) => logger.info(line),
      });
    };
    // One gate per registry with a TOTP secret, nested: each re-runs the command at most once.
    const gated = (['npm', 'rubygems'] as const).filter((registry) => credentials[registry].auth === 'token+otp');
    const attempt = async (level: number, codes: Partial<Record<RegistryId, string>>): Promise<CommandResult> => {
      const registry = gated[level];
      if (registry === undefined) return once(codes);
      const credential = credentials[registry];
      if (credential.auth !== 'token+otp') return once(codes);
      const result = await credential.gate.run(
        (code) => attempt(level + 1, { ...codes, [registry]: code }),
        (value) => verdict(value, registry, command),
        logger,
      );
      otpAttempts[registry] = (otpAttempts[registry] ?? 0) + result.attempts;
      return result.value;
    };
    try {
      const result = await logger.group(`$ ${command}`, () => attempt(0, {}));
      const base = { command, exitCode: result.exitCode, otpAttempts, auth, durationMs: clock.now() - started };
      if (result.exitCode === 0) return base;
      const why = explainRunFailure(`${result.stdout}\n${result.stderr}`, command, { npm: credentials.npm.auth, npmRegistry: config.npm.registry });
      return { ...base, error: `the command exited with code ${result.exitCode}${why ? `: ${why}` : ''}` };
    } catch (error) {
      if (error instanceof OtpRejectedError) otpAttempts[error.registry as RegistryId] = error.attempts;
      return { command, exitCode: undefined, error: errorMessage(error), otpAttempts, auth, durationMs: clock.now() - started };
    }
  } finally {
    await scratch.dispose();
  }
}

/** Where each client reads the tokens: the variables the command gets (and the userconfig they name, written in `scratch`). */
async function credentialEnv(credentials: Record<RegistryId, Credential>, config: PublishConfig, scratch: ScratchDir): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  if (credentials.npm.auth !== 'none') {
    // npm and pnpm read the userconfig (it names the token by reference); yarn 4 reads no .npmrc.
    env.NPM_CONFIG_USERCONFIG = await writeNpmUserconfig(scratch, config.npm.registry);
    env[NPM_TOKEN_ENV] = credentials.npm.token;
    env.YARN_NPM_AUTH_TOKEN = credentials.npm.token;
    env.YARN_NPM_PUBLISH_REGISTRY = config.npm.registry;
  }
  if (credentials.rubygems.auth !== 'none') env.GEM_HOST_API_KEY = credentials.rubygems.token;
  return env;
}

function verdict(result: CommandResult, registry: RegistryId, command: string): Verdict {
  if (result.exitCode === 0) return 'accepted';
  const text = `${result.stdout}\n${result.stderr}`;
  // A retry would not give yarn the code either.
  if (registry === 'npm' && yarnNeverGotCode(text, command)) return 'other';
  return OTP_PROBLEM[registry](text) ?? 'other';
}

/**
 * Whether yarn asked for a code that it never got: yarn takes one only from --otp, and a command
 * that does not pass `$NPM_OTP` (`--otp "$NPM_OTP"`) gives it none.
 */
function yarnNeverGotCode(text: string, command: string): boolean {
  return YARN_OTP_DEMAND.test(text) && !new RegExp(`\\$\\{?${NPM_OTP_FOR_FLAGS}\\b`).test(command);
}

/**
 * Why a failed command's client never got the token or the code, when its output says so, with
 * the fix (README: Wrapping another publish command); undefined when the output says nothing of it.
 */
export function explainRunFailure(text: string, command: string, given: { npm: Credential['auth']; npmRegistry: string }): string | undefined {
  const fix = 'see "Wrapping another publish command" in the README';
  if (yarnNeverGotCode(text, command)) {
    return `yarn asked for a one-time password and never got one: yarn takes a code only from --otp, so pass it as \`yarn npm publish --otp "$${NPM_OTP_FOR_FLAGS}"\` (or \`changeset publish --otp "$${NPM_OTP_FOR_FLAGS}"\`); ${fix}`;
  }
  if (npmClientOtpDemand(text) === 'otp-rejected' && given.npm !== 'token+otp') {
    return `the registry asked for a one-time password, but input 'npm-totp-secret' is empty, so no code was given to the command; set it, or use a token that bypasses 2FA`;
  }
  if (/YN0033: No authentication configured/.test(text)) {
    return `yarn sent no token: yarn reads no .npmrc, and otp-publish gives it the token as YARN_NPM_AUTH_TOKEN for ${given.npmRegistry}; a .yarnrc.yml npmRegistries or npmScopes entry for another registry, or without a token, takes precedence; ${fix}`;
  }
  if (/^npm error code ENEEDAUTH/m.test(text)) {
    return `npm found no token for the registry it publishes to: otp-publish sets one for ${given.npmRegistry} (input 'npm-registry') in NPM_CONFIG_USERCONFIG; a publishConfig.registry or .npmrc registry elsewhere has none; ${fix}`;
  }
  return undefined;
}
