import { describe, expect, it } from "vitest";
import { checkWebhookTarget, isPublicAddress } from "./webhook-target";

const production = { allowLoopback: false };
const local = { allowLoopback: true };

describe("checkWebhookTarget", () => {
  it("accepts an https URL on a public name", () => {
    expect(checkWebhookTarget(" https://hooks.vendor-risk.example.com/roomtrust?x=1 ", production)).toEqual({ ok: true, url: "https://hooks.vendor-risk.example.com/roomtrust?x=1", loopback: false });
  });

  it("refuses what is not an https URL on a public name", () => {
    const refusals: [string, string][] = [
      ["not a url", "webhook_url_invalid"],
      ["ftp://hooks.acme.com/", "webhook_url_not_https"],
      ["http://hooks.acme.com/", "webhook_url_not_https"],
      ["https://user:pw@hooks.acme.com/", "webhook_url_credentials"],
      ["https://127.0.0.1/", "webhook_url_ip_literal"],
      ["https://8.8.8.8/", "webhook_url_ip_literal"],
      ["https://[::1]/", "webhook_url_ip_literal"],
      ["https://[::ffff:127.0.0.1]/", "webhook_url_ip_literal"],
      // The URL parser reads these as IPv4 addresses: 127.0.0.1 in decimal, hex and octal.
      ["https://2130706433/", "webhook_url_ip_literal"],
      ["https://0x7f.1/", "webhook_url_ip_literal"],
      ["https://0177.0.0.1/", "webhook_url_ip_literal"],
      ["https://localhost/", "webhook_url_private_name"],
      ["https://api.localhost/", "webhook_url_private_name"],
      ["https://metadata.google.internal/", "webhook_url_private_name"],
      ["https://printer.local/", "webhook_url_private_name"],
      ["https://nas.home.arpa/", "webhook_url_private_name"],
      ["https://intranet/", "webhook_url_private_name"],
    ];
    for (const [url, code] of refusals) expect(checkWebhookTarget(url, production), url).toEqual({ ok: false, code });
  });

  it("lets loopback through only with the local flag, and nothing else private", () => {
    expect(checkWebhookTarget("http://127.0.0.1:8999/hook", local)).toEqual({ ok: true, url: "http://127.0.0.1:8999/hook", loopback: true });
    expect(checkWebhookTarget("http://localhost:8999/hook", local)).toMatchObject({ ok: true, loopback: true });
    expect(checkWebhookTarget("http://[::1]:8999/hook", local)).toMatchObject({ ok: true, loopback: true });
    expect(checkWebhookTarget("http://127.0.0.1:8999/hook", production)).toEqual({ ok: false, code: "webhook_url_not_https" });
    expect(checkWebhookTarget("http://10.0.0.5/hook", local)).toEqual({ ok: false, code: "webhook_url_not_https" });
    expect(checkWebhookTarget("https://192.168.1.1/hook", local)).toEqual({ ok: false, code: "webhook_url_ip_literal" });
  });
});

describe("isPublicAddress", () => {
  it("accepts public IPv4 and global unicast IPv6", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0", "2606:4700:4700::1111", "2001:4860:4860::8888"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it("refuses loopback, RFC 1918, link-local, CGNAT, ULA, multicast, documentation and reserved ranges", () => {
    const refused = [
      "127.0.0.1", "127.255.255.254", "0.0.0.0", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254",
      "100.64.0.1", "100.127.255.255", "192.0.2.1", "198.18.0.1", "224.0.0.1", "255.255.255.255",
      "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1", "2001::1",
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
  });

  it("judges IPv6 forms that carry an IPv4 address by that address", () => {
    expect(isPublicAddress("::ffff:127.0.0.1")).toBe(false);
    expect(isPublicAddress("::ffff:7f00:1")).toBe(false);
    expect(isPublicAddress("::ffff:10.1.2.3")).toBe(false);
    expect(isPublicAddress("::ffff:8.8.8.8")).toBe(true);
    expect(isPublicAddress("64:ff9b::192.168.0.1")).toBe(false);
    expect(isPublicAddress("64:ff9b::808:808")).toBe(true);
    expect(isPublicAddress("2002:c0a8:0101::1")).toBe(false);
    expect(isPublicAddress("::127.0.0.1")).toBe(false);
  });

  it("refuses what does not parse", () => {
    for (const address of ["", "256.1.1.1", "1.2.3", "::1::2", "gggg::1", "example.com"]) expect(isPublicAddress(address), address).toBe(false);
  });
});
