/**
 * Which network addresses the fetcher may connect to: public unicast only. Private, loopback,
 * link-local, unique-local, CGNAT, multicast, documentation, reserved and unspecified addresses
 * (IPv4 and IPv6, including IPv4 addresses embedded in IPv6: mapped, NAT64, 6to4) are refused
 * unless an organizer listed them in MATCHCUT_ALLOW_PRIVATE_URLS.
 */
import { BlockList, isIP } from 'node:net';

const refusedIpv4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT (CGNAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved (IETF protocol) address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];
const refusedIpv6: readonly [string, number, string][] = [
  ['::', 128, 'an unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['100::', 64, 'a discard-only address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a unique-local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local (private) address'],
  ['ff00::', 8, 'a multicast address'],
];

function expandIpv6(address: string): number[] | undefined {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/u.exec(text);
  if (dotted) {
    const bytes = (dotted[1] as string).split('.').map(Number);
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return undefined;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailGroups];
  const numbers = groups.map((group) => Number.parseInt(group, 16));
  return numbers.length === 8 && numbers.every((value) => Number.isInteger(value) && value >= 0 && value <= 0xffff)
    ? numbers
    : undefined;
}

/** The IPv4 address an IPv6 address carries (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16). */
export function embeddedIpv4(address: string): string | undefined {
  const groups = expandIpv6(address);
  if (groups === undefined) return undefined;
  const quad = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const zeroesUntil = (end: number) => groups.slice(0, end).every((group) => group === 0);
  if (zeroesUntil(5) && g5 === 0xffff) return quad(g6, g7);
  if (zeroesUntil(6) && (g6 !== 0 || g7 > 1)) return quad(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return quad(g6, g7);
  if (g0 === 0x2002) return quad(g1, g2);
  return undefined;
}

export interface AddressGuard {
  /** Why the fetcher must not connect to `address`; undefined when it may. */
  refusal(address: string): string | undefined;
}

/** A guard that refuses every non-public address except those in `allowed` (addresses or CIDRs). */
export function createAddressGuard(allowed: readonly string[] = []): AddressGuard {
  const allowList = new BlockList();
  for (const entry of allowed) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) allowList.addAddress(address, family);
    else allowList.addSubnet(address, Number(prefix), family);
  }
  const isAllowed = (address: string, family: 'ipv4' | 'ipv6') =>
    allowed.length > 0 && allowList.check(address, family);
  const classify = (address: string): string | undefined => {
    const family = isIP(address);
    if (family === 0) return 'not an IP address';
    const ranges = family === 4 ? refusedIpv4 : refusedIpv6;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    for (const [network, prefix, reason] of ranges) {
      const block = new BlockList();
      block.addSubnet(network, prefix, type);
      if (block.check(address, type)) return reason;
    }
    if (family === 6) {
      const inner = embeddedIpv4(address);
      if (inner !== undefined) return classify(inner);
    }
    return undefined;
  };
  return {
    refusal(address) {
      const bare = address.replace(/^\[|\]$/gu, '').split('%')[0] ?? '';
      const family = isIP(bare);
      if (family === 0) return `"${address}" is not an IP address`;
      const inner = family === 6 ? embeddedIpv4(bare) : undefined;
      if (isAllowed(bare, family === 4 ? 'ipv4' : 'ipv6') || (inner !== undefined && isAllowed(inner, 'ipv4'))) {
        return undefined;
      }
      const reason = classify(bare);
      return reason === undefined
        ? undefined
        : `${bare} is ${reason}; list it in MATCHCUT_ALLOW_PRIVATE_URLS to allow it`;
    },
  };
}
