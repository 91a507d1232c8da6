/**
 * What a rate limit counts. An attacker who can vary a key for free can bypass the limit, so each
 * key names the thing that is actually scarce: one mailbox, one client network.
 */

/**
 * The mailbox an address delivers to: case folded, and the sub-address ("+tag") removed, since
 * `victim+1@…` … `victim+10@…` all reach `victim@…` at every major provider (RFC 5233).
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  const local = address.slice(0, at);
  const plus = local.indexOf("+");
  return `${plus > 0 ? local.slice(0, plus) : local}@${address.slice(at + 1)}`;
}

/**
 * The network a client address stands for. One IPv6 customer is handed a /64 (or more), so every
 * address inside it is the same client; IPv4 addresses (and IPv4-mapped IPv6) are one client each.
 * Anything that is not an IP address (e.g. "local" in local runs) is kept as it is.
 */
export function clientKey(address: string): string {
  const value = address.trim().toLowerCase();
  if (!value.includes(":")) return value;
  const groups = expandIpv6(value);
  if (!groups) return value;
  const mappedV4 = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mappedV4) return `${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, or null if it is not one. */
function expandIpv6(value: string): number[] | null {
  let text = value.replace(/%.*$/, "");
  // A trailing dotted quad (::ffff:192.0.2.1) is two groups.
  const quad = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (quad) {
    const bytes = quad.slice(1).map(Number);
    if (bytes.some((b) => b > 255)) return null;
    text = `${text.slice(0, quad.index)}${((bytes[0]! << 8) | bytes[1]!).toString(16)}:${((bytes[2]! << 8) | bytes[3]!).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === "" ? [] : part.split(":"));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.map((g) => parseInt(g, 16));
}
