/** How npm writes registry URLs and package names in requests. */

/** A registry URL with its trailing slash, as npm keys its settings. */
export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** `@scope/name` -> `@scope%2fname`, as npm requests it. */
export function escapePackageName(name: string): string {
  return name.replace('/', '%2f');
}
