// Line-by-line JSONL processing shared by the evaluation CLIs (triage, check-reply):
// a bad line is reported with its number and skipped, the rest still run, and the exit code says so.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs, UsageError, type CliIO, type Command } from './io.js';
import { loadProfileFile, ProfileError } from '../config/profile-file.js';
import type { OrganizationProfile } from '../domain/organization.js';

export class LineError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface JsonlOptions {
  inPath?: string;
  outPath?: string;
}

/** Applies `handle` to each non-blank line; returns 0 when every line was good, 2 otherwise. */
export async function mapJsonl(
  io: CliIO,
  options: JsonlOptions,
  handle: (value: unknown, lineNumber: number) => unknown,
): Promise<number> {
  const input = options.inPath ? createReadStream(options.inPath, 'utf8') : io.stdin;
  const output = options.outPath ? createWriteStream(options.outPath) : io.stdout;
  let bad = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new LineError(`not valid JSON (${(err as Error).message})`);
      }
      output.write(JSON.stringify(handle(value, lineNumber)) + '\n');
    } catch (err) {
      bad++;
      const field = err instanceof LineError && err.field ? ` field "${err.field}":` : '';
      io.stderr.write(`line ${lineNumber}:${field} ${(err as Error).message}\n`);
    }
  }
  if (output !== io.stdout) await new Promise<void>((resolve) => (output as NodeJS.WritableStream).end(resolve));
  return bad > 0 ? 2 : 0;
}

/**
 * A command of the shape `--org <organization file> [--in file] [--out file]` that maps each JSONL line with
 * `handlerFor(profile)` (triage, check-reply). Usage and organization-file problems exit 2 with the usage text.
 */
export function jsonlCommand(usage: string, handlerFor: (profile: OrganizationProfile) => (value: unknown, lineNumber: number) => unknown): Command {
  return async (args, io) => {
    try {
      const { options } = parseArgs(args, ['org', 'in', 'out']);
      if (typeof options.org !== 'string') throw new UsageError('--org is required');
      const handle = handlerFor(loadProfileFile(options.org));
      return await mapJsonl(
        io,
        { inPath: typeof options.in === 'string' ? options.in : undefined, outPath: typeof options.out === 'string' ? options.out : undefined },
        handle,
      );
    } catch (err) {
      if (err instanceof UsageError || err instanceof ProfileError) {
        io.stderr.write(`${err.message}\n${usage}\n`);
        return 2;
      }
      throw err;
    }
  };
}
