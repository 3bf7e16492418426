/** Variables that would let a registry client pick a credential on its own, or that carry our inputs. */
const STRIPPED = [
  /^INPUT_/i,
  /^ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)$/,
  /^NPM_ID_TOKEN$/i,
  /^(npm|pnpm)_config_(otp|userconfig|npmrc_auth_file|registry|_auth|_authtoken|provenance)$/i,
  /^YARN_NPM_(AUTH_TOKEN|AUTH_IDENT|OTP|PUBLISH_REGISTRY)$/,
  /^NPM_OTP$/,
  /^GEM_HOST_(API_KEY|OTP_CODE)$/,
];

/**
 * The environment a registry client runs with: the runner's, minus anything that could choose a
 * credential behind our back (npm's own OIDC exchange, inherited OTP or userconfig settings, the
 * action's own inputs), plus exactly the variables this publish needs.
 */
export function childEnv(base: NodeJS.ProcessEnv, extra: Record<string, string>, keep: RegExp[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    const stripped = STRIPPED.some((pattern) => pattern.test(key)) && !keep.some((pattern) => pattern.test(key));
    if (!stripped && value !== undefined) env[key] = value;
  }
  return { ...env, ...extra };
}
