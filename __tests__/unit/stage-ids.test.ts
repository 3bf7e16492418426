import { describe, expect, it } from 'vitest';
import { parseStageIds } from '../../src/modes/decide.js';
import { StageNotFoundError } from '../../src/errors.js';
import { classifyNpmAnswer } from '../../src/registries/npm-write.js';

const ID = '6fc67339-e2eb-43b0-bfa6-2024986f1806';
const OTHER = 'A1A303AD-1670-460E-886E-7A647DBCF58A';

describe('parseStageIds', () => {
  it('is undefined when empty (the checkout decides)', () => {
    expect(parseStageIds('  \n ', 'stage-ids')).toBeUndefined();
  });

  it('reads one id per line, skipping comments and blank lines, lower-cased', () => {
    expect(parseStageIds(`# staged by run 42\n${ID}\n\n  ${OTHER}  \n`, 'stage-ids')).toEqual([{ stageId: ID }, { stageId: OTHER.toLowerCase() }]);
  });

  it('reads the staged output of a stage job, keeping name and version', () => {
    const staged = JSON.stringify([{ registry: 'npm', name: '@a/b', version: '1.0.0', auth: 'oidc', stageId: ID }, { stageId: OTHER }]);
    expect(parseStageIds(staged, 'stage-ids')).toEqual([{ stageId: ID, name: '@a/b', version: '1.0.0' }, { stageId: OTHER.toLowerCase() }]);
  });

  it('names the line or entry that is not a stage id', () => {
    expect(() => parseStageIds(`${ID}\nnpm_secretlooking`, 'stage-ids')).toThrow("Input 'stage-ids': line 2 is 'npm_secretlooking'; expected a stage id");
    expect(() => parseStageIds('[{"name":"x"}]', 'stage-ids')).toThrow("Input 'stage-ids': entry 1 has no stageId that is a UUID");
    expect(() => parseStageIds('[{', 'stage-ids')).toThrow(/starts with '\[' but is not valid JSON/);
  });
});

describe('classifyNpmAnswer (stage decisions and the other writes)', () => {
  const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });
  const token = { auth: 'token' as const, token: 't' };
  const classify = (response: Response, text: string, credential: { auth: 'token' | 'oidc'; token: string } = token) =>
    classifyNpmAnswer(response, text, {
      command: `npm stage approve ${ID}`,
      otp: '123456',
      credential,
      notFound: () => new StageNotFoundError(ID, 'pkg@1.0.0'),
    });

  it('reads a refused code, web auth and a code rate limit like a publish', () => {
    expect(classify(answer(401, { 'www-authenticate': 'OTP' }), '{"error":"You must provide a one-time pass."}').kind).toBe('otp-rejected');
    expect(classify(answer(401), '{"authUrl":"https://x","doneUrl":"https://y"}').kind).toBe('web-auth');
    expect(classify(answer(429, { 'retry-after': '60' }), '{"error":"rate limited otp"}')).toMatchObject({ kind: 'otp-rate-limited', retryAfter: '60' });
  });

  it('a missing stage is a failure that names the id; faults are transient; 403 is forbidden', () => {
    const gone = classify(answer(404), '{}');
    expect(gone.kind).toBe('failed');
    expect(gone.kind === 'failed' && gone.error.message).toContain(`expected a staged version with id ${ID} (pkg@1.0.0)`);
    expect(classify(answer(503, { 'retry-after': '5' }), 'busy')).toMatchObject({ kind: 'failed', transient: true, status: 503, retryAfter: '5' });
    expect(classify(answer(429), 'slow down')).toMatchObject({ kind: 'failed', transient: true });
    expect(classify(answer(403), 'no')).toMatchObject({ kind: 'failed', transient: false, forbidden: true });
  });

  it('with a trusted-publishing credential, a 401 means the registry does not take it for this write', () => {
    const oidc = { auth: 'oidc' as const, token: 'o' };
    expect(classify(answer(401, { 'www-authenticate': 'OTP' }), '{"error":"You must provide a one-time pass."}', oidc)).toMatchObject({
      kind: 'failed',
      forbidden: true,
    });
  });
});
