import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { decideDelivery, UserPrefsSchema, type UserPrefs } from './preferences.js';
import { sampleNotification } from './sender-contract.js';

const routine = sampleNotification({ urgent: false, kind: 'assignment' });
const urgent = sampleNotification({ urgent: true, kind: 'page' });
const nightOwl: UserPrefs = { mode: 'immediate', quietHours: { start: '22:00', end: '07:00', timeZone: 'America/New_York' } };
const at = (iso: string) => new Date(iso);

describe('decideDelivery in immediate mode', () => {
  it('sends right away outside quiet hours', () => {
    expect(decideDelivery(nightOwl, routine, at('2026-06-10T16:00:00Z'))).toEqual({ action: 'send_now' });
  });

  it('holds a routine notice late in the evening until the morning after', () => {
    // 23:30 EDT on 10 June → 07:00 EDT on 11 June
    expect(decideDelivery(nightOwl, routine, at('2026-06-11T03:30:00Z'))).toEqual({ action: 'hold_until', at: at('2026-06-11T11:00:00Z') });
  });

  it('holds a notice after midnight until 07:00 the same morning', () => {
    // 02:00 EDT on 11 June
    expect(decideDelivery(nightOwl, routine, at('2026-06-11T06:00:00Z'))).toEqual({ action: 'hold_until', at: at('2026-06-11T11:00:00Z') });
  });

  it('treats the window as half-open: 22:00 is quiet, 07:00 is not', () => {
    expect(decideDelivery(nightOwl, routine, at('2026-06-11T02:00:00Z')).action).toBe('hold_until');
    expect(decideDelivery(nightOwl, routine, at('2026-06-11T11:00:00Z'))).toEqual({ action: 'send_now' });
  });

  it('lets an urgent page break through quiet hours', () => {
    expect(decideDelivery(nightOwl, urgent, at('2026-06-11T06:00:00Z'))).toEqual({ action: 'send_now' });
  });

  it('supports a daytime window that does not cross midnight', () => {
    const lunch: UserPrefs = { mode: 'immediate', quietHours: { start: '12:00', end: '13:00', timeZone: 'Europe/London' } };
    expect(decideDelivery(lunch, routine, at('2026-01-15T12:30:00Z'))).toEqual({ action: 'hold_until', at: at('2026-01-15T13:00:00Z') });
    expect(decideDelivery(lunch, routine, at('2026-01-15T13:30:00Z'))).toEqual({ action: 'send_now' });
  });

  it('ignores an empty window where start equals end', () => {
    const none: UserPrefs = { mode: 'immediate', quietHours: { start: '07:00', end: '07:00', timeZone: 'UTC' } };
    expect(decideDelivery(none, routine, at('2026-06-11T07:00:00Z'))).toEqual({ action: 'send_now' });
  });
});

describe('quiet hours across daylight-saving changes', () => {
  it('wakes at 07:00 local on the night the clocks spring forward (an hour less of UTC)', () => {
    // 23:00 EST Sat 7 March 2026; Sunday 07:00 is EDT (UTC-4)
    expect(decideDelivery(nightOwl, routine, at('2026-03-08T04:00:00Z'))).toEqual({ action: 'hold_until', at: at('2026-03-08T11:00:00Z') });
  });

  it('wakes at 07:00 local on the night the clocks fall back (an hour more of UTC)', () => {
    // 23:00 EDT Sat 31 October 2026; Sunday 07:00 is EST (UTC-5)
    expect(decideDelivery(nightOwl, routine, at('2026-11-01T03:00:00Z'))).toEqual({ action: 'hold_until', at: at('2026-11-01T12:00:00Z') });
  });

  it('moves an end time that the spring-forward gap skips to just past the gap', () => {
    const short: UserPrefs = { mode: 'immediate', quietHours: { start: '22:00', end: '02:30', timeZone: 'America/New_York' } };
    // 01:00 EST on 8 March; 02:30 does not exist that night, 03:30 EDT is 07:30Z
    expect(decideDelivery(short, routine, at('2026-03-08T06:00:00Z'))).toEqual({ action: 'hold_until', at: at('2026-03-08T07:30:00Z') });
  });

  it('stays quiet through both passes of the repeated hour when the clocks fall back', () => {
    const short: UserPrefs = { mode: 'immediate', quietHours: { start: '00:00', end: '03:00', timeZone: 'America/New_York' } };
    // 01:30 EST (the second 01:30) on 1 November
    expect(decideDelivery(short, routine, at('2026-11-01T06:30:00Z'))).toEqual({ action: 'hold_until', at: at('2026-11-01T08:00:00Z') });
  });
});

describe('decideDelivery in digest mode', () => {
  const digester: UserPrefs = { mode: 'digest', digestHour: 8, timeZone: 'Europe/London' };

  it('queues a routine notice for the next digest hour', () => {
    expect(decideDelivery(digester, routine, at('2026-01-15T14:00:00Z'))).toEqual({ action: 'digest', at: at('2026-01-16T08:00:00Z') });
  });

  it('uses the same day when the digest hour is still ahead', () => {
    expect(decideDelivery(digester, routine, at('2026-01-15T06:00:00Z'))).toEqual({ action: 'digest', at: at('2026-01-15T08:00:00Z') });
  });

  it('follows local time across the spring change', () => {
    // British Summer Time starts 29 March 2026: 08:00 BST is 07:00Z
    expect(decideDelivery(digester, routine, at('2026-03-28T20:00:00Z'))).toEqual({ action: 'digest', at: at('2026-03-29T07:00:00Z') });
  });

  it('lets urgent pages bypass the digest', () => {
    expect(decideDelivery(digester, urgent, at('2026-01-15T14:00:00Z'))).toEqual({ action: 'send_now' });
  });

  it('delays a digest hour that falls inside quiet hours until they end', () => {
    const late: UserPrefs = { mode: 'digest', digestHour: 6, quietHours: { start: '22:00', end: '07:00', timeZone: 'America/New_York' } };
    expect(decideDelivery(late, routine, at('2026-06-10T16:00:00Z'))).toEqual({ action: 'digest', at: at('2026-06-11T11:00:00Z') });
  });

  it('does not fold the digest itself into another digest', () => {
    const digest = sampleNotification({ urgent: false, kind: 'digest' });
    expect(decideDelivery(digester, digest, at('2026-01-15T08:00:00Z'))).toEqual({ action: 'send_now' });
  });

  it('defaults to 08:00 UTC when no hour or zone is given', () => {
    expect(decideDelivery({ mode: 'digest' }, routine, at('2026-01-15T09:00:00Z'))).toEqual({ action: 'digest', at: at('2026-01-16T08:00:00Z') });
  });
});

describe('UserPrefsSchema', () => {
  it('accepts a full preference record', () => {
    expect(Value.Check(UserPrefsSchema, { mode: 'digest', digestHour: 7, quietHours: { start: '22:00', end: '07:00', timeZone: 'UTC' } })).toBe(true);
  });

  it('rejects an impossible clock time and names the field', () => {
    const errors = [...Value.Errors(UserPrefsSchema, { mode: 'immediate', quietHours: { start: '25:00', end: '07:00', timeZone: 'UTC' } })];
    expect(errors.map((e) => e.path)).toContain('/quietHours/start');
  });
});
