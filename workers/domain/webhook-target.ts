/**
 * Where a webhook may be sent (issue 12 §5): only to https URLs on public hosts. Pure rules; the
 * DNS answers they are applied to at send time come from workers/http/public-host.ts. See
 * docs/decisions/015-outbound-webhooks.md for why IP literals are refused outright.
 */

type TargetRefusal =
  /** Not an absolute URL. */
  | "webhook_url_invalid"
  | "webhook_url_not_https"
  /** user:password@ in the URL: a secret that would show on the admin page and in logs. */
  | "webhook_url_credentials"
  /** An address instead of a name (127.0.0.1, [::1], 2130706433…). */
  | "webhook_url_ip_literal"
  /** A name that only means something inside a network (localhost, *.internal, *.local…). */
  | "webhook_url_private_name";

export type TargetCheck = { ok: true; url: string; loopback: boolean } | { ok: false; code: TargetRefusal };

/** Suffixes of names that never resolve on the public internet (RFC 6761, 6762, 8375, and common private zones). */
const PRIVATE_SUFFIXES = ["localhost", "local", "localdomain", "internal", "intranet", "lan", "home", "corp", "private", "home.arpa", "test", "invalid", "example", "onion"];

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Checks a URL a vendor admin typed. `allowLoopback` (local runs and tests only, an explicit
 * config flag) lets http or https to localhost, 127.0.0.1 or [::1] through, nothing else.
 */
export function checkWebhookTarget(raw: string, { allowLoopback }: { allowLoopback: boolean }): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, code: "webhook_url_invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, code: "webhook_url_not_https" };
  if (url.username || url.password) return { ok: false, code: "webhook_url_credentials" };
  // The URL parser has already turned decimal, octal and hex IPv4 forms into dotted ones.
  const host = url.hostname.toLowerCase();
  if (allowLoopback && LOOPBACK_HOSTS.has(host)) return { ok: true, url: url.href, loopback: true };
  if (url.protocol !== "https:") return { ok: false, code: "webhook_url_not_https" };
  if (isIpLiteral(host)) return { ok: false, code: "webhook_url_ip_literal" };
  const name = host.replace(/\.$/, "");
  if (!name.includes(".") || PRIVATE_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return { ok: false, code: "webhook_url_private_name" };
  return { ok: true, url: url.href, loopback: false };
}

function isIpLiteral(host: string): boolean {
  return host.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}

/** [first address, prefix length] of IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const PRIVATE_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // RFC 1918
  ["100.64.0.0", 10], // CGNAT, RFC 6598
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (and cloud metadata, 169.254.169.254)
  ["172.16.0.0", 12], // RFC 1918
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // RFC 1918
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
];

function v4ToNumber(address: string): number | null {
  const parts = address.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function inV4Range(value: number, [first, bits]: [string, number]): boolean {
  const size = 2 ** (32 - bits);
  const start = v4ToNumber(first) ?? 0;
  return value >= start && value < start + size;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted IPv4 tail), or null. */
function v6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = v4ToNumber(dotted[1]!);
    if (v4 === null) return null;
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (half: string) => (half === "" ? [] : half.split(":").map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.some(Number.isNaN) ? null : groups;
}

/**
 * Whether an address (as a DNS answer gives it) is on the public internet. IPv6 forms that carry
 * an IPv4 address (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::, 6to4 2002::) are judged by that address;
 * anything that does not parse is not public.
 */
export function isPublicAddress(address: string): boolean {
  const v4 = v4ToNumber(address);
  if (v4 !== null) return !PRIVATE_V4.some((range) => inV4Range(v4, range));
  const g = v6Groups(address);
  if (!g) return false;
  const embeddedV4 = (hi: number, lo: number) => isPublicAddress(`${hi >>> 8}.${hi & 0xff}.${lo >>> 8}.${lo & 0xff}`);
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    // ::ffff:a.b.c.d (mapped); ::a.b.c.d (the deprecated compatible form), :: and ::1 are never public.
    return g5 === 0xffff ? embeddedV4(g6, g7) : false;
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return embeddedV4(g6, g7);
  if (g0 === 0x2002) return embeddedV4(g1, g2);
  if ((g0 & 0xfe00) === 0xfc00) return false; // unique local, fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return false; // link-local, fe80::/10
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  if (g0 === 0x2001 && g1 < 0x0200) return false; // IETF protocol assignments (Teredo, ORCHID…)
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return false; // discard-only
  // Only global unicast (2000::/3) is public.
  return (g0 & 0xe000) === 0x2000;
}
