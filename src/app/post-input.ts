// The shape of a post as it arrives (API, CLI import, channel pollers): validated field by field so that a
// rejection names the field, before anything is written.
import { Type, type Static } from '@sinclair/typebox';
import { PLATFORMS } from '../domain/platform.js';

/** Longest post text kept; longer is a rejection, not a truncation (nothing is silently lost). */
export const MAX_TEXT_CHARS = 20_000;

export const PostInputSchema = Type.Object(
  {
    platform: Type.Union(PLATFORMS.map((p) => Type.Literal(p))),
    externalId: Type.String({ minLength: 1, maxLength: 300 }),
    url: Type.Optional(Type.Union([Type.String({ maxLength: 2000, pattern: '^https?://' }), Type.Null()])),
    threadId: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    parentId: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    author: Type.Object(
      {
        id: Type.String({ minLength: 1, maxLength: 300 }),
        handle: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
        displayName: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
      },
      { additionalProperties: false },
    ),
    /** May be empty only for a star rating without words (Google allows those). */
    text: Type.String({ maxLength: MAX_TEXT_CHARS }),
    rating: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()])),
    createdAt: Type.String({ format: 'date-time' }),
    visibility: Type.Optional(Type.Union([Type.Literal('public'), Type.Literal('private')])),
    channelAccount: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    /** Site id of the listing or page, when not implied by the channel account. */
    listing: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    /** Email of the staff member who forwarded a private post. */
    forwardedBy: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export type PostInput = Static<typeof PostInputSchema>;
