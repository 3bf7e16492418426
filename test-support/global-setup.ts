// Vitest's global setup: installs the test clients of test-support/clients once, before any test file runs.
import { ensureClients } from './clients.js';

export default function setup(): void {
  ensureClients();
}
