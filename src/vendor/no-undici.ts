/**
 * Stands in for `undici` in the bundles (tsconfig.json `paths`). @actions/http-client, which
 * @actions/core loads, imports undici (about 880 KiB, over half of the action's bundle) for one
 * thing: `getAgentDispatcher()`, a proxy dispatcher for `fetch`, which nothing here calls. Node's
 * own `fetch` does not need the package. Leaving it out of the bundle halves what every start has
 * to compile.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with otp-publish: @actions/http-client getAgentDispatcher() is not available');
  }
}
