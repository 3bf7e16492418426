import type { ScratchDir } from './scratch.js';

/** The child environment variable the userconfig reads the token from: the token itself never touches disk. */
export const NPM_TOKEN_ENV = 'OTP_PUBLISH_NPM_TOKEN';

/** `//host[:port]/path/`: the key npm matches registry credentials by. */
export function nerfDart(registry: string): string {
  const url = new URL(registry);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `//${url.host}${path}`;
}

/**
 * Writes the temporary npm userconfig (0600) for `registry`. It names the token by reference
 * (`${OTP_PUBLISH_NPM_TOKEN}`, expanded by npm from the child's environment), so no file holds it.
 */
export async function writeNpmUserconfig(scratch: ScratchDir, registry: string): Promise<string> {
  const lines = [`registry=${registry}`, `${nerfDart(registry)}:_authToken=\${${NPM_TOKEN_ENV}}`, 'update-notifier=false', 'fund=false', 'audit=false', ''];
  return scratch.write('npmrc', lines.join('\n'));
}
