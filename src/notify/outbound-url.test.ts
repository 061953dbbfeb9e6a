import { lookup } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { blockedAddressReason } from './address-ranges.js';
import { guardedLookup, validateEmailAddress, validateOutboundUrl } from './outbound-url.js';

const resolvesTo = (...addresses: string[]) => async () => addresses;
const strict = { allowPrivate: false };

describe('validateOutboundUrl', () => {
  it('accepts an https URL whose host resolves to public addresses', async () => {
    expect(await validateOutboundUrl('https://hooks.slack.com/services/T0/B0/x', { ...strict, resolveHost: resolvesTo('34.1.2.3', '2600:1f18::1') })).toEqual({ ok: true });
  });

  it('requires https unless private addresses are explicitly allowed for local testing', async () => {
    expect(await validateOutboundUrl('http://example.com/hook', { ...strict, resolveHost: resolvesTo('93.184.216.34') })).toMatchObject({ ok: false, reason: expect.stringMatching(/https/) });
    expect(await validateOutboundUrl('ftp://example.com/hook', { allowPrivate: true, resolveHost: resolvesTo('93.184.216.34') })).toMatchObject({ ok: false });
    expect(await validateOutboundUrl('http://127.0.0.1:8080/hook', { allowPrivate: true })).toEqual({ ok: true });
  });

  it('refuses a host when any one of its addresses is internal', async () => {
    const result = await validateOutboundUrl('https://mixed.example.com/', { ...strict, resolveHost: resolvesTo('93.184.216.34', '10.0.0.5') });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('10.0.0.5') });
  });

  it('refuses the cloud metadata address written as a literal', async () => {
    expect(await validateOutboundUrl('https://169.254.169.254/latest/meta-data/', strict)).toMatchObject({ ok: false, reason: expect.stringMatching(/link-local/) });
  });

  it('refuses IPv6 loopback written in brackets', async () => {
    expect(await validateOutboundUrl('https://[::1]/hook', strict)).toMatchObject({ ok: false, reason: expect.stringMatching(/loopback/) });
  });

  it('refuses credentials embedded in the URL and garbage', async () => {
    expect(await validateOutboundUrl('https://user:pw@example.com/', { ...strict, resolveHost: resolvesTo('93.184.216.34') })).toMatchObject({ ok: false });
    expect(await validateOutboundUrl('not a url', strict)).toMatchObject({ ok: false, reason: 'not a valid URL' });
  });

  it('marks a DNS failure as transient, unlike a refused address', async () => {
    const failing = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await validateOutboundUrl('https://gone.example.com/', { ...strict, resolveHost: failing })).toMatchObject({ ok: false, transient: true });
  });
});

describe('blockedAddressReason', () => {
  const blocked: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /carrier-grade/],
    ['0.0.0.0', /unspecified/],
    ['224.0.0.1', /multicast/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fd00::1', /unique local/],
    ['fc12:3456::1', /unique local/],
    ['fe80::1%eth0', /link-local/],
    ['::ffff:127.0.0.1', /IPv4-mapped/],
    ['::ffff:8.8.8.8', /IPv4-mapped/],
    ['64:ff9b::a00:1', /NAT64 to private/],
    ['2002:c0a8:101::1', /6to4 to private/],
  ];
  it.each(blocked)('refuses %s', (address, why) => {
    expect(blockedAddressReason(address, strict)).toMatch(why);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '64:ff9b::808:808'])('allows public %s', (address) => {
    expect(blockedAddressReason(address, strict)).toBeNull();
  });

  it('judges IPv4-mapped IPv6 by its inner address only when explicitly allowed', () => {
    expect(blockedAddressReason('::ffff:8.8.8.8', { allowPrivate: false, allowMappedIPv6: true })).toBeNull();
    expect(blockedAddressReason('::ffff:10.0.0.1', { allowPrivate: false, allowMappedIPv6: true })).toMatch(/private/);
  });

  it('allows everything when private addresses are allowed', () => {
    expect(blockedAddressReason('127.0.0.1', { allowPrivate: true })).toBeNull();
  });
});

describe('guardedLookup', () => {
  const run = (allowPrivate: boolean) =>
    new Promise<{ err: (Error & { code?: string }) | null; address: unknown }>((resolve) =>
      guardedLookup({ allowPrivate })('localhost', {}, (err, address) => resolve({ err, address })),
    );

  it('refuses at connect time a name that resolves to loopback', async () => {
    const { err } = await run(false);
    expect(err?.code).toBe('EADDRBLOCKED');
  });

  it('passes the address through when private targets are allowed', async () => {
    const expected = await new Promise((resolve) => lookup('localhost', (_e, address) => resolve(address)));
    expect((await run(true)).address).toBe(expected);
  });
});

describe('validateEmailAddress', () => {
  it.each(['oncall@hospital.example', 'first.last+pager@sub.hospital.org', "o'brien@hospital.example"])('accepts %s', (address) => {
    expect(validateEmailAddress(address)).toEqual({ ok: true });
  });

  it.each([
    ['oncall@hospital.example\r\nBcc: leak@evil.example', /control/],
    ['Jane <jane@hospital.example>', /local part/],
    ['two@@hospital.example', /exactly one @/],
    ['nobody', /exactly one @/],
    ['a..b@hospital.example', /local part/],
    ['a@localhost', /domain/],
    ['a@-bad.example', /domain/],
    ['a@10.0.0.1', /IP address/],
  ])('refuses %j', (address, why) => {
    expect(validateEmailAddress(address)).toMatchObject({ ok: false, reason: expect.stringMatching(why) });
  });
});
