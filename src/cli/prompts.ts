import input from '@inquirer/input';
import password from '@inquirer/password';
import select from '@inquirer/select';

/** What the helper asks the person at the terminal. */
export interface Prompter {
  /** Input that is never echoed (not even as asterisks). */
  hidden(message: string): Promise<string>;
  text(message: string): Promise<string>;
  choose<T>(message: string, choices: Array<{ name: string; value: T }>): Promise<T>;
}

/** Prompts on the terminal (stdin/stderr, so stdout stays for what a script reads). */
export function terminalPrompter(): Prompter {
  const context = { output: process.stderr, clearPromptOnDone: false };
  return {
    hidden: (message) => password({ message, mask: false, toggleMask: false }, context),
    text: (message) => input({ message }, context),
    choose: (message, choices) => select({ message, choices }, context),
  };
}
