// The runner's file commands (GITHUB_OUTPUT, GITHUB_STATE, ...) and workflow commands (`::x::`), parsed as the runner parses them.
/**
 * Parses a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file like the runner:
 * `name=value` lines and `name<<DELIM` heredocs; later entries win.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (!name) throw new Error(`command file line ${i + 1}: empty name`);
      result[name] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) throw new Error(`command file line ${i + 1}: empty name or delimiter`);
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`command file: delimiter for "${name}" not found`);
      result[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      throw new Error(`command file line ${i + 1}: invalid format`);
    }
  }
  return result;
}

export interface WorkflowCommand {
  command: string;
  value: string;
  properties: Record<string, string>;
  /** 0-based line index in the stream. */
  line: number;
}

/** Commands the runner acts on; any other `::x::` line is printed as text. */
const REGISTERED = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'stop-commands',
]);

function unescapeValue(text: string, property: boolean): string {
  let s = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) s = s.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return s.replace(/%25/g, '%');
}

/** Splits like .NET ReadLine: \r\n, \r or \n. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The workflow commands in one output stream (stdout or stderr), honouring `::stop-commands::`. */
export function workflowCommands(stream: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  splitLines(stream).forEach((text, line) => {
    const s = text.trimStart();
    if (stopToken !== undefined) {
      if (s.trim() === `::${stopToken}::`) stopToken = undefined;
      return;
    }
    if (!s.startsWith('::')) return;
    const end = s.indexOf('::', 2);
    if (end < 0) return;
    const info = s.slice(2, end);
    const space = info.indexOf(' ');
    const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
    if (!REGISTERED.has(command)) return;
    const properties: Record<string, string> = {};
    if (space > 0) {
      for (const pair of info
        .slice(space + 1)
        .trim()
        .split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeValue(pair.slice(eq + 1), true);
      }
    }
    const value = unescapeValue(s.slice(end + 2), false);
    if (command === 'stop-commands') stopToken = value;
    commands.push({ command, value, properties, line });
  });
  return commands;
}
