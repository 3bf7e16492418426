/** Names of the values the main step leaves for its post step (GITHUB_STATE). */
export const STATE = {
  scratchDir: 'scratch-dir',
} as const;
