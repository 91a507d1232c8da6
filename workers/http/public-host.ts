import { z } from "zod";
import { isPublicAddress } from "../domain/webhook-target";

/** A DNS-over-HTTPS JSON answer (Cloudflare's and Google's `application/dns-json`), the parts we read. */
const dnsJsonAnswer = z.object({
  Status: z.number().int(),
  Answer: z.array(z.object({ type: z.number().int(), data: z.string() })).optional(),
});

const RECORD_TYPES = { A: 1, AAAA: 28 } as const;
const LOOKUP_TIMEOUT_MS = 5_000;

export type HostVerdict = { public: true; addresses: string[] } | { public: false; reason: string };

/**
 * Asks a DNS-over-HTTPS resolver where `host` points (A and AAAA) and says whether every address
 * is public. A name with no address, or with any private one, is refused: a name pointed at
 * 127.0.0.1 or 10.0.0.5 must not turn our worker into a way into someone's network.
 */
export async function resolvePublicHost(resolver: string, host: string): Promise<HostVerdict> {
  const addresses: string[] = [];
  for (const [type, code] of Object.entries(RECORD_TYPES)) {
    const url = new URL(resolver);
    url.searchParams.set("name", host);
    url.searchParams.set("type", type);
    const response = await fetch(url, { headers: { accept: "application/dns-json" }, signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) });
    if (!response.ok) return { public: false, reason: `the DNS resolver answered ${response.status}` };
    const answer = dnsJsonAnswer.safeParse(await response.json());
    if (!answer.success) return { public: false, reason: "the DNS resolver's answer could not be read" };
    // 3 is NXDOMAIN; any other non-zero status is a failure to resolve.
    if (answer.data.Status !== 0 && answer.data.Status !== 3) return { public: false, reason: `the DNS lookup failed (status ${answer.data.Status})` };
    addresses.push(...(answer.data.Answer ?? []).filter((record) => record.type === code).map((record) => record.data));
  }
  if (addresses.length === 0) return { public: false, reason: `${host} has no address` };
  const private_ = addresses.find((address) => !isPublicAddress(address));
  if (private_) return { public: false, reason: `${host} points to ${private_}, which is not a public address` };
  return { public: true, addresses };
}
