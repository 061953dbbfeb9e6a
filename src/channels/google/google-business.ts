// Google Business Profile reviews (API v4): the owner's reply to a review.
//
// Which review: a google channel account's externalId is the location's resource name,
// `accounts/{accountId}/locations/{locationId}`, and a post's externalId is the review id, so the review is
// `{account externalId}/reviews/{post externalId}`. A post whose externalId is already a full review name
// (`accounts/…/locations/…/reviews/…`, the Review's `name` field) is used as it is, with or without an account.
//
// A review has at most one owner reply and PUT replaces it, so sending twice leaves one reply: Google has no
// idempotency key and needs none. `findSent` reads the review and compares `reviewReply.comment` with our text.
// The flip side: a reply sent from Redress replaces an owner reply someone posted on Google by hand.
import { callPlatform, shortReason, type PlatformResponse } from '../http.js';
import { ChannelError, type Channel, type OutgoingReply, type ReplyTarget, type SentReply } from '../types.js';
import type { TokenSource } from '../oauth-token.js';

export interface GoogleBusinessSettings {
  baseUrl: string;
  accessToken: TokenSource;
}

const PLATFORM = 'Google Business Profile';
const LOCATION_NAME = /^accounts\/[^/\s]+\/locations\/[^/\s]+$/;
const REVIEW_NAME = /^accounts\/[^/\s]+\/locations\/[^/\s]+\/reviews\/[^/\s]+$/;

/** The review's resource name, or a permanent error saying which id is missing or malformed. */
export function reviewName(target: ReplyTarget): string {
  if (REVIEW_NAME.test(target.postExternalId)) return target.postExternalId;
  if (!target.postExternalId || /[/\s]/.test(target.postExternalId))
    throw new ChannelError(`${PLATFORM}: the post's externalId must be a review id or accounts/…/locations/…/reviews/…`, false);
  const location = target.channelAccountExternalId;
  if (!location || !LOCATION_NAME.test(location))
    throw new ChannelError(`${PLATFORM}: the post's channel account needs externalId accounts/{accountId}/locations/{locationId}`, false);
  return `${location}/reviews/${target.postExternalId}`;
}

/** Google's error body is `{ error: { code, message, status } }`; rate limits and server errors are worth a retry. */
export function googleError(res: PlatformResponse): ChannelError {
  const error = (res.body as { error?: { status?: unknown; message?: unknown } } | null)?.error;
  const status = typeof error?.status === 'string' ? ` ${error.status}` : '';
  const message = shortReason(error?.message);
  return new ChannelError(`${PLATFORM} answered ${res.status}${status}${message ? `: ${message}` : ''}`, res.status === 429 || res.status >= 500);
}

export function createGoogleBusinessChannel(settings: GoogleBusinessSettings): Channel {
  const url = (name: string) => `${settings.baseUrl}/v4/${name.split('/').map(encodeURIComponent).join('/')}`;
  const sent = (name: string): SentReply => ({ platformReplyId: `${name}/reply`, url: null });
  return {
    mode: 'api',
    async sendReply(target: ReplyTarget, reply: OutgoingReply) {
      const name = reviewName(target);
      const res = await callPlatform(PLATFORM, `${url(name)}/reply`, {
        method: 'PUT',
        token: await settings.accessToken(),
        body: JSON.stringify({ comment: reply.text }),
        contentType: 'application/json',
      });
      if (res.status !== 200) throw googleError(res);
      return sent(name);
    },
    async findSent(target: ReplyTarget, reply: OutgoingReply) {
      const name = reviewName(target);
      const res = await callPlatform(PLATFORM, url(name), { method: 'GET', token: await settings.accessToken() });
      // A review deleted by its author has no reply of ours either; the send that follows reports the 404.
      if (res.status === 404) return null;
      if (res.status !== 200) throw googleError(res);
      const comment = (res.body as { reviewReply?: { comment?: unknown } } | null)?.reviewReply?.comment;
      return comment === reply.text ? sent(name) : null;
    },
  };
}
