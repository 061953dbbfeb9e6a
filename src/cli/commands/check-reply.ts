// `redress check-reply --org <organization file> [--in file] [--out file]`: JSONL reply drafts in,
// one `{ id, verdict, findings }` per line out, in input order.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Command } from '../io.js';
import { jsonlCommand, LineError } from '../jsonl.js';
import type { OrganizationProfile } from '../../domain/organization.js';
import { checkReply } from '../../domain/reply-guard/check.js';

const USAGE = 'usage: redress check-reply --org <organization file> [--in replies.jsonl] [--out verdicts.jsonl]';

const Author = Type.Object({ handle: Type.Optional(Type.String()), displayName: Type.Optional(Type.String()), realName: Type.Optional(Type.String()) });
export const ReplyLine = Type.Object({
  id: Type.Union([Type.String(), Type.Number()]),
  reply: Type.String(),
  post: Type.Optional(Type.Object({ text: Type.String(), author: Type.Optional(Author) })),
  confidential: Type.Optional(Type.Boolean()),
  platform: Type.Optional(Type.String()),
  visibility: Type.Optional(Type.Union([Type.Literal('public'), Type.Literal('private')])),
  language: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('es')])),
});
export type ReplyLine = Static<typeof ReplyLine>;

/** Validates one line; the first wrong field is named by its path ("post.text"). */
export function toReplyLine(value: unknown): ReplyLine {
  const error = Value.Errors(ReplyLine, value).First();
  if (error) {
    const field = error.path.replace(/^\//, '').replace(/\//g, '.');
    throw new LineError(error.message, field || undefined);
  }
  return value as ReplyLine;
}

export function checkReplyLine(line: ReplyLine, profile: OrganizationProfile) {
  const { verdict, findings, policyVersion } = checkReply(line.reply, {
    profile,
    post: line.post,
    confidential: line.confidential,
    platform: line.platform,
    visibility: line.visibility,
    language: line.language,
  });
  return { id: line.id, verdict, findings, policyVersion };
}

export const checkReplyCommand: Command = jsonlCommand(USAGE, (profile) => (value) => checkReplyLine(toReplyLine(value), profile));
