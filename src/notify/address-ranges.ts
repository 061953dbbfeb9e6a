// Which IP addresses an outbound request must never reach. Kept apart from URL checks so the
// connect-time guard (DNS rebinding) and the save-time check use the exact same rules.
import { isIP } from 'node:net';

type V4Range = [base: number, bits: number, why: string];

const V4_BLOCKED: V4Range[] = [
  [v4('0.0.0.0'), 8, 'unspecified'],
  [v4('10.0.0.0'), 8, 'private'],
  [v4('100.64.0.0'), 10, 'carrier-grade NAT'],
  [v4('127.0.0.0'), 8, 'loopback'],
  [v4('169.254.0.0'), 16, 'link-local (cloud metadata lives here)'],
  [v4('172.16.0.0'), 12, 'private'],
  [v4('192.0.0.0'), 24, 'IETF protocol assignments'],
  [v4('192.0.2.0'), 24, 'documentation'],
  [v4('192.168.0.0'), 16, 'private'],
  [v4('198.18.0.0'), 15, 'benchmarking'],
  [v4('198.51.100.0'), 24, 'documentation'],
  [v4('203.0.113.0'), 24, 'documentation'],
  [v4('224.0.0.0'), 4, 'multicast'],
  [v4('240.0.0.0'), 4, 'reserved'],
];

function v4(text: string): number {
  return text.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

function v4Blocked(address: number): string | null {
  for (const [base, bits, why] of V4_BLOCKED) {
    const size = 2 ** (32 - bits);
    if (address >= base && address < base + size) return why;
  }
  return null;
}

/** Eight 16-bit groups; handles '::' compression and a trailing dotted IPv4. */
function v6Groups(text: string): number[] {
  let head = text.split('%')[0].toLowerCase();
  const tail: number[] = [];
  const dotted = head.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const n = v4(dotted[1]);
    tail.push(Math.floor(n / 65536), n % 65536);
    head = head.slice(0, -dotted[1].length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const [left, right] = head.includes('::') ? head.split('::') : [head, undefined];
  const parse = (s: string | undefined) => (s ? s.split(':').filter(Boolean).map((g) => parseInt(g, 16)) : []);
  const l = parse(left);
  const r = [...parse(right), ...tail];
  const fill = right === undefined ? [] : new Array(8 - l.length - r.length).fill(0);
  return right === undefined ? [...l, ...tail] : [...l, ...fill, ...r];
}

function embeddedV4(g: number[]): number {
  return g[6] * 65536 + g[7];
}

function v6Blocked(g: number[], allowMapped: boolean): string | null {
  const zeroPrefix = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroPrefix(8)) return 'unspecified';
  if (zeroPrefix(7) && g[7] === 1) return 'loopback';
  if (zeroPrefix(5) && g[5] === 0xffff) {
    // Mapped addresses reach IPv4 hosts through a dual-stack socket: refuse unless opted in, and even then judge the IPv4 inside.
    if (!allowMapped) return 'IPv4-mapped IPv6';
    return v4Blocked(embeddedV4(g));
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    const inner = v4Blocked(embeddedV4(g));
    if (inner) return `NAT64 to ${inner}`;
  }
  if (g[0] === 0x2002) {
    const inner = v4Blocked(g[1] * 65536 + g[2]);
    if (inner) return `6to4 to ${inner}`;
  }
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique local (private)';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'documentation';
  return null;
}

export interface AddressPolicy {
  /** Loopback and private ranges become reachable (local testing, on-premises receivers). */
  allowPrivate: boolean;
  /** IPv4-mapped IPv6 is judged by its inner IPv4 instead of refused outright. */
  allowMappedIPv6?: boolean;
}

/** Why `address` must not be contacted, or null when it is a public unicast address (or allowed by policy). */
export function blockedAddressReason(address: string, policy: AddressPolicy): string | null {
  if (policy.allowPrivate) return null;
  const family = isIP(address.split('%')[0]);
  if (family === 4) return v4Blocked(v4(address));
  if (family === 6) return v6Blocked(v6Groups(address), policy.allowMappedIPv6 ?? false);
  return 'not an IP address';
}
