import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PollStatus } from './PollStatus.js';

const now = Date.parse('2026-11-29T10:00:00Z');

describe('poll status of a channel account', () => {
  it('says when the account was last read and how many posts came in', () => {
    const html = renderToStaticMarkup(<PollStatus now={now} poll={{ lastPolledAt: '2026-11-29T09:55:00Z', postsRead: 12, lastError: null, failedAt: null }} />);
    expect(html).toContain('Last read 5 min ago; 12 posts read so far.');
  });

  it('shows why the last poll failed', () => {
    const html = renderToStaticMarkup(<PollStatus now={now} poll={{ lastPolledAt: null, postsRead: 0, lastError: 'Google Business Profile answered 401 UNAUTHENTICATED', failedAt: '2026-11-29T09:50:00Z' }} />);
    expect(html).toContain('Problem 10 min ago: Google Business Profile answered 401 UNAUTHENTICATED');
  });

  it('says an account that is not polled gets its posts another way', () => {
    expect(renderToStaticMarkup(<PollStatus poll={null} />)).toContain('Not read by Redress');
  });

  it('offers to read the account now only when it is read and someone can act on it', () => {
    const poll = { lastPolledAt: null, postsRead: 0, lastError: null, failedAt: null };
    expect(renderToStaticMarkup(<PollStatus poll={poll} onReadNow={async () => undefined} />)).toContain('>Read now</button>');
    expect(renderToStaticMarkup(<PollStatus poll={poll} />)).not.toContain('Read now');
    expect(renderToStaticMarkup(<PollStatus poll={null} onReadNow={async () => undefined} />)).not.toContain('Read now');
  });
});
