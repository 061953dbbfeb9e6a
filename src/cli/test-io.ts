// Runs a CLI command in tests with text on stdin, capturing stdout and stderr.
import { PassThrough, Readable } from 'node:stream';
import type { CliIO, Command } from './io.js';

export async function runCommand(command: Command, args: string[], input: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const io: CliIO = { stdin: Readable.from([input]), stdout, stderr, env: {} };
  const code = await command(args, io);
  return { code, out, err };
}
