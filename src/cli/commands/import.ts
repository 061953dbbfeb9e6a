// `redress import <file.jsonl|file.csv>`: the same validation and idempotency as the API, in batches, with a
// progress bar on a terminal (a line per committed batch otherwise) and a summary naming every rejected line. A CSV
// that cannot be parsed (a broken quote) stores nothing: it is read whole before the first batch is written.
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Command, CliIO } from '../io.js';
import { parseArgs, UsageError } from '../io.js';
import { readEnv } from '../../config/env.js';
import { openRuntime } from '../../app/runtime.js';
import { ingestPosts } from '../../app/ingest.js';

const BATCH = 1000;

interface Line {
  line: number;
  value?: unknown;
  error?: string;
}

function csvRecordToPost(r: Record<string, string>): unknown {
  const blank = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === '' || k.startsWith('author')) continue;
    out[k] = k === 'rating' ? Number(v) : v;
  }
  out.author = { id: blank(r.authorId), handle: blank(r.authorHandle), displayName: blank(r.authorName) };
  return out;
}

export function readPostsFile(path: string): Line[] {
  const bytes = readFileSync(path);
  if (!isUtf8(bytes)) throw new UsageError(`${path} is not valid UTF-8; save it as UTF-8 and try again (nothing was imported)`);
  const text = bytes.toString('utf8');
  if (path.endsWith('.csv')) {
    let records: Record<string, string>[];
    try {
      records = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false });
    } catch (err) {
      const e = err as Error & { lines?: number };
      throw new UsageError(`${path} line ${e.lines ?? '?'}: ${e.message} (nothing was imported)`);
    }
    return records.map((r, i) => ({ line: i + 2, value: csvRecordToPost(r) }));
  }
  return text.split('\n').flatMap((raw, i): Line[] => {
    if (!raw.trim()) return [];
    try {
      return [{ line: i + 1, value: JSON.parse(raw) }];
    } catch (err) {
      return [{ line: i + 1, error: `not valid JSON (${(err as Error).message})` }];
    }
  });
}

/**
 * After each committed batch: a bar on a terminal; otherwise one line per batch, so a script or supervisor reading
 * stderr knows how far a run got before it stopped (everything up to the last line is stored, with its jobs).
 */
function progress(io: CliIO, done: number, total: number): void {
  const stream = io.stderr as NodeJS.WriteStream;
  if (!stream.isTTY) {
    stream.write(`committed ${done} of ${total}\n`);
    return;
  }
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) stream.write('\n');
}

export const importCommand: Command = async (args, io) => {
  const { positional } = parseArgs(args, []);
  const file = positional[0];
  if (!file || !/\.(jsonl|csv)$/.test(file)) throw new UsageError('give a .jsonl or .csv file: redress import posts.jsonl');
  const lines = readPostsFile(file);
  const rt = await openRuntime(readEnv(io.env), { purpose: `redress import ${file}`, autoMigrate: false });
  const summary = { accepted: 0, duplicates: 0, revised: 0, rejected: [] as string[] };
  try {
    for (const l of lines) if (l.error) summary.rejected.push(`line ${l.line}: ${l.error}`);
    const good = lines.filter((l) => !l.error);
    for (let i = 0; i < good.length; i += BATCH) {
      const chunk = good.slice(i, i + BATCH);
      const r = await ingestPosts(rt.db, rt.queue, chunk.map((l) => l.value));
      summary.accepted += r.accepted;
      summary.duplicates += r.duplicates;
      summary.revised += r.revised;
      for (const rej of r.rejected) summary.rejected.push(`line ${chunk[rej.index].line}: ${rej.details.map((d) => `${d.path} ${d.message}`).join('; ')}`);
      progress(io, Math.min(i + BATCH, good.length), good.length);
    }
  } finally {
    await rt.close();
  }
  io.stdout.write(`Imported ${file}: ${summary.accepted} accepted, ${summary.duplicates} duplicates, ${summary.revised} revised, ${summary.rejected.length} rejected.\n`);
  for (const r of summary.rejected) io.stdout.write(`  ${r}\n`);
  return summary.rejected.length ? 2 : 0;
};
