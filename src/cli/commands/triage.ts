// `redress triage --org <organization file> [--in file] [--out file]`: JSONL posts in, one Triage per line out.
import type { Command } from '../io.js';
import { jsonlCommand, LineError } from '../jsonl.js';
import { analyze } from '../../triage/analyze.js';
import type { TriageInput } from '../../triage/types.js';

const USAGE = 'usage: redress triage --org <organization file> [--in posts.jsonl] [--out triage.jsonl]';

/** Checks one input line and turns it into an engine input; a wrong field is named in the error. */
export function toTriageInput(value: unknown): TriageInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LineError('must be a JSON object');
  const post = value as Record<string, unknown>;
  if (typeof post.id !== 'string' && typeof post.id !== 'number') throw new LineError('required, a string or number', 'id');
  if (typeof post.text !== 'string') throw new LineError('required, a string', 'text');
  if (post.platform !== undefined && typeof post.platform !== 'string') throw new LineError('must be a string', 'platform');
  if (post.rating !== undefined && post.rating !== null && typeof post.rating !== 'number') throw new LineError('must be a number', 'rating');
  if (post.listing !== undefined && post.listing !== null && typeof post.listing !== 'string') throw new LineError('must be a string', 'listing');
  if (post.createdAt !== undefined && typeof post.createdAt !== 'string') throw new LineError('must be an ISO date string', 'createdAt');
  return {
    id: String(post.id),
    text: post.text,
    platform: post.platform as string | undefined,
    rating: post.rating as number | null | undefined,
    listing: post.listing as string | null | undefined,
    createdAt: post.createdAt as string | undefined,
  };
}

export const triageCommand: Command = jsonlCommand(USAGE, (profile) => (value) => analyze(toTriageInput(value), profile));
