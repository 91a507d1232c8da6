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
