// What `mode: audit` reads for release readiness: on npm the token (whoami, its entry in the token
// list), the account's 2FA (profile), each package's trusted publishers (`npm trust list`, which
// npm only answers with a code: one per package, through the one OTP gate) and the registry's clock;
// on RubyGems each gem's trusted publishers; and the checkout's workflow files they are held against.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import {
  accountFindings,
  type Checkout,
  gemKeyFinding,
  clockFinding,
  type Finding,
  matchingPublishers,
  packageTwoFactorFinding,
  publisherFindings,
  type TrustedPublisher,
  tokenFindings,
} from '../audit/readiness.js';
import { workflowFacts } from '../audit/workflows.js';
import type { Credential } from '../credentials/credential.js';
import { OtpBreakerOpenError, OtpRejectedError, WebAuthRequiredError, errorMessage } from '../errors.js';
import { type ClockSample, clockBounds } from '../otp/skew.js';
import { whoami } from '../registries/npm-admin.js';
import { type NpmTrustEntry, readProfileTfa, readTokenRecord, readTrust, tokenMayOnlyRead, trustVerdict } from '../registries/npm-account.js';
import { type GemTrustAnswer, type GemTrustEntry, gemTrustVerdict, readGemTrust, readKeyGems } from '../registries/rubygems-owners.js';
import { credentialChooser, type ModeDeps, type NamedPackage, type PublishConfig } from './config.js';

/**
 * RubyGems: each gem's trusted publishers (`GET /api/v1/gems/<gem>/trusted_publishers`), which need
 * the key's `configure_trusted_publishers` scope and, at "UI and API", a code: through the OTP gate
 * when a TOTP secret is given. An API key cannot read the account's MFA level or its own scopes.
 */
export async function gemReadiness(config: PublishConfig, packages: NamedPackage[], checkout: Checkout, deps: ModeDeps): Promise<Finding[]> {
  const gems = packages.filter((pkg) => pkg.registry === 'rubygems').map((pkg) => pkg.name);
  if (!gems.length) return [];
  if (!config.rubygems.apiKey) return [notChecked('rubygems', 'rubygems-api-key', "the gems' trusted publishers")];
  const credential = credentialChooser(config, deps, { auth: 'token', stage: false }).forRegistry('rubygems');
  const { host } = config.rubygems;
  const key = await readKeyGems(host, credential, { capMs: config.timeoutSec * 1000, clock: deps.clock, logger: deps.logger });
  const findings: Finding[] = [gemKeyFinding(key.refused)];
  if (key.refused) return findings;
  for (const gem of gems) {
    const read = (otp: string | undefined) => readGemTrust(host, gem, credential, otp);
    let answer: GemTrustAnswer;
    try {
      answer =
        credential.auth === 'token+otp'
          ? (await credential.gate.run(read, gemTrustVerdict, deps.logger, { sentAtOnce: true, bytes: 0 })).value
          : await read(undefined);
    } catch (error) {
      if (!(error instanceof OtpRejectedError || error instanceof OtpBreakerOpenError || error instanceof WebAuthRequiredError)) throw error;
      findings.push({
        registry: 'rubygems',
        subject: 'account',
        check: 'account-2fa',
        severity: 'fail',
        detail: errorMessage(error),
        fix: 'store the TOTP secret of the account that owns rubygems-api-key',
      });
      break;
    }
    if (!answer.entries) {
      const why =
        answer.status === 403
          ? 'the API key may not read them (it needs the configure_trusted_publishers scope)'
          : `rubygems.org answered ${answer.status}: ${answer.text.trim().slice(0, 200)}`;
      findings.push({ registry: 'rubygems', subject: gem, check: 'trusted-publisher', severity: 'ok', detail: `trusted publishers not checked: ${why}` });
      continue;
    }
    findings.push(...publisherFindings('rubygems', gem, answer.entries.flatMap(gemPublisherOf), checkout));
  }
  return findings;
}

function gemPublisherOf(entry: GemTrustEntry): TrustedPublisher[] {
  const publisher = entry.trusted_publisher;
  if (!publisher?.repository_owner || !publisher.repository_name || !publisher.workflow_filename) return [];
  const environment = publisher.environment ?? undefined;
  return [
    {
      repository: `${publisher.repository_owner}/${publisher.repository_name}`,
      workflow: publisher.workflow_filename,
      ...(environment ? { environment } : {}),
    },
  ];
}

/** Nothing of a registry's readiness can be read without its credential: the summary says so rather than nothing. */
function notChecked(registry: 'npm' | 'rubygems', input: string, what: string): Finding {
  return { registry, subject: 'token', check: 'token', severity: 'ok', detail: `not checked: ${what} are read with ${input}, which is empty` };
}

/** Trust reads at once: each spends a code, so few. */
const TRUST_READS = 2;

/** The readiness findings for the npm packages of an audit; none without an npm token to check. */
export async function npmReadiness(config: PublishConfig, packages: NamedPackage[], warnDays: number, checkout: Checkout, deps: ModeDeps): Promise<Finding[]> {
  const names = packages.filter((pkg) => pkg.registry === 'npm').map((pkg) => pkg.name);
  if (!names.length) return [];
  if (!config.npm.token) return [notChecked('npm', 'npm-token', 'the token, the account and the trusted publishers')];
  const credential = credentialChooser(config, deps, { auth: 'token', stage: false }).forRegistry('npm');
  const { registry } = config.npm;
  const retry = { capMs: config.timeoutSec * 1000, clock: deps.clock, logger: deps.logger };
  const samples: ClockSample[] = [];
  const sentAt = deps.clock.now();
  const { account, serverTime } = await whoami(registry, credential, retry);
  if (serverTime !== undefined) samples.push({ serverTime, sentAt, receivedAt: deps.clock.now() });
  const record = account ? await readTokenRecord(registry, credential, retry).catch(() => undefined) : undefined;
  const findings = tokenFindings({ account, expiry: record?.expiry, readOnly: record ? tokenMayOnlyRead(record) : undefined }, deps.clock.now(), warnDays);
  if (!account) return [...findings, clockFinding('npm', clockBounds(samples)?.skewMs)];
  const tfa = await readProfileTfa(registry, credential, retry);
  const trust = await trustOf(names, credential, checkout, config, deps);
  findings.push(...accountFindings({ tfa, securityKeyOnly: trust.securityKeyOnly, totp: credential.auth === 'token+otp', bypass2fa: record?.bypass_2fa }));
  findings.push(...trust.findings);
  findings.push(clockFinding('npm', clockBounds(samples)?.skewMs));
  return findings;
}

/** Each package's trusted publishers against the repository and its workflow files, read with a code each. */
async function trustOf(
  names: string[],
  credential: Credential,
  checkout: Checkout,
  config: PublishConfig,
  deps: ModeDeps,
): Promise<{ findings: Finding[]; securityKeyOnly: boolean }> {
  const { registry } = config.npm;
  if (credential.auth !== 'token+otp') {
    const detail = 'npm answers trusted-publisher reads only with a one-time password: give npm-totp-secret to check them';
    return { findings: [{ registry: 'npm', subject: 'packages', check: 'trusted-publisher', severity: 'ok', detail }], securityKeyOnly: false };
  }
  const limit = pLimit(TRUST_READS);
  let securityKeyOnly = false;
  const stop: Finding[] = [];
  const perPackage = await Promise.all(
    names.map((name) =>
      limit(async (): Promise<Finding[]> => {
        try {
          const { value } = await credential.gate.run((otp) => readTrust(registry, name, credential, otp), trustVerdict, deps.logger, {
            sentAtOnce: true,
            bytes: 0,
          });
          if ('refused' in value) {
            const detail = value.refused.kind === 'failed' ? errorMessage(value.refused.error) : value.refused.detail;
            return [{ registry: 'npm', subject: name, check: 'trusted-publisher', severity: 'warn', detail }];
          }
          const publishers = value.entries.flatMap(publisherOf);
          const trusted = matchingPublishers(publishers, checkout).length > 0;
          return [...publisherFindings('npm', name, publishers, checkout), packageTwoFactorFinding(name, trusted)];
        } catch (error) {
          if (error instanceof WebAuthRequiredError) securityKeyOnly = true;
          else if (error instanceof OtpRejectedError)
            stop.push({
              registry: 'npm',
              subject: 'account',
              check: 'account-2fa',
              severity: 'fail',
              detail: errorMessage(error),
              fix: 'store the TOTP secret of the account that owns npm-token (otp-publish setup checks it)',
            });
          else if (!(error instanceof OtpBreakerOpenError)) throw error;
          return [];
        }
      }),
    ),
  );
  return { findings: [...stop, ...perPackage.flat()], securityKeyOnly };
}

function publisherOf(entry: NpmTrustEntry): TrustedPublisher[] {
  const repository = entry.claims?.repository;
  const workflow = entry.claims?.workflow_ref?.file;
  if (!repository || !workflow) return [];
  const environment = entry.claims?.environment;
  return [{ repository, workflow, ...(environment ? { environment } : {}), stage: (entry.permissions ?? []).includes('createStagedPackage') }];
}

/** The repository being released (GITHUB_REPOSITORY) and its checkout's workflow files (`.github/workflows/*.yml|yaml`), each read. */
export async function readCheckout(config: PublishConfig): Promise<Checkout> {
  const dir = join(config.root, '.github', 'workflows');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => /\.ya?ml$/.test(file));
  const read = await Promise.all(files.map(async (file) => [file, await workflowFacts(await readFile(join(dir, file), 'utf8').catch(() => ''))] as const));
  return { repository: config.env.GITHUB_REPOSITORY || undefined, workflows: new Map(read) };
}
