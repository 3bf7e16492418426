// What a trusted publisher needs of the workflow file it names, read from the checkout's copy: a job
// that may mint an ID token (`id-token: write`), and the environment the publisher names. The YAML
// parser is loaded only by the audit that needs it.

export interface WorkflowFacts {
  /** Some job may mint an ID token: `id-token: write` (or `write-all`) in its permissions or, without its own, the workflow's. */
  idToken: boolean;
  /** The environments its jobs run in; undefined when one is an expression (any environment could be meant). */
  environments: ReadonlySet<string> | undefined;
}

type Permissions = string | Record<string, unknown> | undefined;

interface Job {
  permissions?: Permissions;
  environment?: string | { name?: string };
}

/** The facts of a workflow file's text; undefined when it is not a workflow (not YAML, or no jobs). */
export async function workflowFacts(text: string): Promise<WorkflowFacts | undefined> {
  const { parse } = await import('yaml');
  let doc: { permissions?: Permissions; jobs?: Record<string, Job> } | undefined;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object' || !doc.jobs || typeof doc.jobs !== 'object') return undefined;
  const jobs = Object.values(doc.jobs).filter((job): job is Job => Boolean(job) && typeof job === 'object');
  const idToken = jobs.some((job) => grantsIdToken(job.permissions === undefined ? doc.permissions : job.permissions));
  const names = jobs.flatMap((job) => {
    const environment = typeof job.environment === 'object' ? job.environment?.name : job.environment;
    return typeof environment === 'string' ? [environment] : [];
  });
  return { idToken, environments: names.some((name) => name.includes('${{')) ? undefined : new Set(names) };
}

function grantsIdToken(permissions: Permissions): boolean {
  if (permissions === 'write-all') return true;
  return typeof permissions === 'object' && permissions !== null && permissions['id-token'] === 'write';
}
