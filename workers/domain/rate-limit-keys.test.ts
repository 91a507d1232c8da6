import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientKey, mailboxKey } from "./rate-limit-keys";

describe("mailboxKey", () => {
  it("folds case and removes the sub-address, so +tag variants count against one mailbox", () => {
    const variants = ["victim@example.com", "Victim@Example.COM", "victim+1@example.com", "VICTIM+newsletter+x@example.com"];
    expect(new Set(variants.map(mailboxKey))).toEqual(new Set(["victim@example.com"]));
  });

  it("keeps different mailboxes apart, and a leading + as part of the name", () => {
    expect(mailboxKey("alice@example.com")).not.toBe(mailboxKey("bob@example.com"));
    expect(mailboxKey("+x@example.com")).toBe("+x@example.com");
  });
});

describe("clientKey", () => {
  it("counts every address of one IPv6 /64 as one client", () => {
    const keys = ["2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:0db8:0001:0002:0:0:0:7", "2001:DB8:1:2::abcd%eth0"].map(clientKey);
    expect(new Set(keys)).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(clientKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
  });

  it("keeps IPv4 addresses (and IPv4-mapped IPv6) per address", () => {
    expect(clientKey("192.0.2.1")).toBe("192.0.2.1");
    expect(clientKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientKey("192.0.2.2")).not.toBe(clientKey("192.0.2.1"));
  });

  it("keeps anything that is not an address as it is", () => {
    expect(clientKey("local")).toBe("local");
    expect(clientKey("1:2:3")).toBe("1:2:3");
  });
});

describe("rate-limit keys, over any address (fast-check)", () => {
  const local = fc.stringMatching(/^[a-z0-9._-]{1,20}$/);
  const domain = fc.domain();
  const tag = fc.stringMatching(/^[a-z0-9.+_-]{0,20}$/);
  const shout = (text: string, upper: boolean[]) => [...text].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join("");

  it("counts every +tag and every casing of an address against its one mailbox", () => {
    fc.assert(
      fc.property(local, domain, tag, fc.array(fc.boolean(), { minLength: 1 }), (name, host, sub, upper) => {
        const mailbox = `${name}@${host}`;
        expect(mailboxKey(mailbox)).toBe(mailbox);
        expect(mailboxKey(shout(`${name}+${sub}@${host}`, upper))).toBe(mailbox);
        expect(mailboxKey(` ${mailbox} `)).toBe(mailbox);
      }),
    );
  });

  it("keeps two mailboxes apart unless they differ only in case", () => {
    fc.assert(
      fc.property(local, local, domain, (a, b, host) => {
        fc.pre(a.toLowerCase() !== b.toLowerCase());
        expect(mailboxKey(`${a}@${host}`)).not.toBe(mailboxKey(`${b}@${host}`));
      }),
    );
  });

  const groups = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 });
  /** The ways people and proxies write one IPv6 address: shortest, zero-padded, upper case, with the longest zero run as ::. */
  function spellings(g: number[]): string[] {
    const plain = g.map((n) => n.toString(16));
    const spelled = [plain.join(":"), g.map((n) => n.toString(16).padStart(4, "0")).join(":"), plain.join(":").toUpperCase()];
    let best = { at: -1, length: 0 };
    for (let i = 0; i < 8; i++) {
      let j = i;
      while (j < 8 && g[j] === 0) j++;
      if (j - i > best.length) best = { at: i, length: j - i };
    }
    if (best.length >= 2) spelled.push(`${plain.slice(0, best.at).join(":")}::${plain.slice(best.at + best.length).join(":")}`);
    return spelled;
  }

  it("counts every address of one IPv6 /64 as one client, however it is written", () => {
    fc.assert(
      fc.property(groups, groups, (a, b) => {
        const sameNetwork = [...a.slice(0, 4), ...b.slice(4)];
        // ::ffff:0:0/96 holds IPv4 addresses, each a client of its own (below).
        const mapped = (g: number[]) => g.slice(0, 5).every((n) => n === 0) && g[5] === 0xffff;
        fc.pre(!mapped(a) && !mapped(sameNetwork));
        const network = `${a.slice(0, 4).map((n) => n.toString(16)).join(":")}::/64`;
        for (const spelling of [...spellings(a), ...spellings(sameNetwork)]) expect(clientKey(spelling)).toBe(network);
      }),
    );
  });

  it("keeps each IPv4 address, bare or mapped into IPv6, as one client of its own", () => {
    fc.assert(
      fc.property(fc.ipV4(), (address) => {
        expect(clientKey(address)).toBe(address);
        expect(clientKey(`::ffff:${address}`)).toBe(address);
        expect(clientKey(`::FFFF:${address}`)).toBe(address);
      }),
    );
  });

  it("reads any IPv6 address fast-check can write as a /64 or, mapped, as its IPv4 address", () => {
    fc.assert(
      fc.property(fc.ipV6(), (address) => {
        expect(clientKey(address)).toMatch(/^([0-9a-f]{1,4}:){3}[0-9a-f]{1,4}::\/64$|^\d{1,3}(\.\d{1,3}){3}$/);
      }),
    );
  });
});
