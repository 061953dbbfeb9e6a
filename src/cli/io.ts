// What every CLI command receives, so commands are testable without a real terminal.
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** A command returns its exit code: 0 ok, 1 failure, 2 bad input or usage. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

export class UsageError extends Error {}

/** Parses `--name value` and `--flag` options; anything else is positional. */
export function parseArgs(args: string[], valued: string[]): { options: Record<string, string | true>; positional: string[] } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) options[name] = arg.slice(eq + 1);
    else if (valued.includes(name)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else options[name] = true;
  }
  return { options, positional };
}
