// What the settings routes answer (settings.ts), where the code has no schema of its own for it: a setting is answered
// as it was checked and stored, so settings.ts documents the others with the very schema it checks them against.
import { Type } from '@sinclair/typebox';
import { PLATFORMS } from '../../domain/platform.js';
import { SCENARIOS, TEMPLATE_VARIABLES } from '../../domain/templates/index.js';
import { DateTime, Nullable, StringEnum } from '../openapi.js';
import { UserAnswer } from './reference.js';

const Problem = Type.Object({ path: Type.String({ description: 'the template, e.g. `[50].body`' }), message: Type.String() });

const OneTimePassword = {
  oneTimePassword: Type.String({ description: 'shown only in this answer; must be replaced at the first sign-in' }),
  oneTimePasswordExpiresAt: DateTime({ description: 'unused by then, it no longer signs in' }),
};

export const NewUserAnswer = Type.Composite([Type.Omit(UserAnswer, ['disabledAt']), Type.Object(OneTimePassword)]);
export const PasswordResetAnswer = Type.Object(OneTimePassword);

export const ReplyTemplateSchema = Type.Object({
  id: Type.String({ description: '<scenario>.<language>.<variant>' }),
  scenario: StringEnum(SCENARIOS),
  version: Type.Integer({ minimum: 1, description: 'moves whenever the wording does, so a sent reply records which wording it used' }),
  language: StringEnum(['en', 'es'] as const),
  channel: StringEnum(['public', 'private'] as const),
  short: Type.Boolean({ description: "fits X's 280 characters once filled" }),
  body: Type.String({ description: 'with {{placeholders}}' }),
  variables: Type.Array(StringEnum(TEMPLATE_VARIABLES), { description: 'the placeholders the body uses, in order of first use' }),
});

export const TemplateCheck = Type.Object({
  policyVersion: Type.String({ description: 'the reply guard policy the templates were checked against' }),
  checked: Type.Integer({ minimum: 0 }),
  problems: Type.Array(Problem, { description: 'why the guard in force would refuse a template; empty when none' }),
});

export const ListedChannelAccount = Type.Object({
  id: Type.String(),
  platform: StringEnum(PLATFORMS),
  name: Type.String(),
  externalId: Nullable(Type.String(), { description: "the account's id on its platform" }),
  siteId: Nullable(Type.String()),
  poll: Nullable(
    Type.Object({
      lastPolledAt: Nullable(DateTime()),
      postsRead: Type.Integer({ minimum: 0 }),
      lastError: Nullable(Type.String()),
      failedAt: Nullable(DateTime()),
    }),
    { description: 'null when Redress does not poll this account (no source for its platform, no credentials, or no externalId)' },
  ),
});

export const AccountPollAnswer = Type.Object({
  channelAccountId: Type.String(),
  read: Type.Integer({ minimum: 0 }),
  accepted: Type.Integer({ minimum: 0 }),
  revised: Type.Integer({ minimum: 0 }),
  failed: Type.Boolean({ description: 'the platform could not be read; `error` says why' }),
  error: Nullable(Type.String(), { description: 'why it failed, or what to know about a poll that worked (rejected posts, a truncated burst)' }),
});
