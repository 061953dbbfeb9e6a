// Admins type webhook addresses; a careless or hostile one could point Redress at its own database,
// the cloud metadata service or an intranet box. Check when the destination is saved AND when sending,
// because DNS can change in between (rebinding); http-transport.ts also re-checks at connect time.
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { lookup as lookupCallback } from 'node:dns';
import { blockedAddressReason } from './address-ranges.js';

/** `transient` marks failures worth retrying (DNS hiccups), as opposed to addresses that are refused outright. */
export type Check = { ok: true } | { ok: false; reason: string; transient?: true };

export type ResolveHost = (host: string) => Promise<string[]>;

export interface OutboundUrlOptions {
  allowPrivate: boolean;
  /** Judge IPv4-mapped IPv6 addresses by their inner IPv4 instead of refusing them. */
  allowMappedIPv6?: boolean;
  /** DNS lookup, injectable for tests; defaults to the system resolver (all addresses). */
  resolveHost?: ResolveHost;
}

export const systemResolveHost: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export async function validateOutboundUrl(url: string, options: OutboundUrlOptions): Promise<Check> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && options.allowPrivate)) {
    return { ok: false, reason: `${parsed.protocol.replace(':', '')} is not allowed; use https` };
  }
  // Credentials in the address would be logged and shown in the admin UI; secrets belong in `secret`.
  if (parsed.username || parsed.password) return { ok: false, reason: 'credentials in the URL are not allowed' };
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!host) return { ok: false, reason: 'URL has no host' };

  let addresses: string[];
  try {
    addresses = await (options.resolveHost ?? systemResolveHost)(host);
  } catch (err) {
    return { ok: false, reason: `cannot resolve ${host}: ${(err as Error).message}`, transient: true };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} has no addresses` };
  // Every address must pass: the connection may pick any of them.
  for (const address of addresses) {
    const why = blockedAddressReason(address, options);
    if (why) return { ok: false, reason: `${host} resolves to ${address} (${why})` };
  }
  return { ok: true };
}

/**
 * A `lookup` for node:http(s) that refuses blocked addresses at the moment of connecting, so an address
 * that was public when validated cannot be swapped for an internal one afterwards.
 */
export function guardedLookup(options: Omit<OutboundUrlOptions, 'resolveHost'>): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    lookupCallback(hostname, { ...lookupOptions, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      for (const a of list) {
        const why = blockedAddressReason(a.address, options);
        if (why) {
          const refused = Object.assign(new Error(`refused to connect to ${hostname} at ${a.address} (${why})`), { code: 'EADDRBLOCKED' });
          return callback(refused, '', 0);
        }
      }
      if (lookupOptions.all) return callback(null, list as never);
      callback(null, list[0].address, list[0].family);
    });
  };
}

// Letters, digits and the RFC 5322 atext symbols; quoted local parts are legal but never needed for staff mail.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** A bare address (no display name) safe to put in an SMTP envelope and a To: header. */
export function validateEmailAddress(address: string): Check {
  if (address.length > 254) return { ok: false, reason: 'address longer than 254 characters' };
  // CR/LF would let an address smuggle extra headers or SMTP commands.
  if (/[\r\n\0]/.test(address)) return { ok: false, reason: 'address contains control characters' };
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.indexOf('@') !== at) return { ok: false, reason: 'address needs exactly one @' };
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return { ok: false, reason: 'invalid local part' };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return { ok: false, reason: 'invalid domain' };
  if (/^\d+$/.test(labels[labels.length - 1])) return { ok: false, reason: 'domain must be a name, not an IP address' };
  return { ok: true };
}
