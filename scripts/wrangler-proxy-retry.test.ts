import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withoutProxyRetry, withProxyRetry } from "./wrangler-proxy-retry.mjs";

// The ProxyWorker wrangler 4.86 installed; a local run may have patched node_modules' copy already.
const installed = readFileSync(join(__dirname, "..", "node_modules", "wrangler", "wrangler-dist", "ProxyWorker.js"), "utf8");

describe("the ProxyWorker retry (ADR 024)", () => {
  it("recognises the installed wrangler's proxy, patched or not", () => {
    expect(["patched", "already"]).toContain(withProxyRetry(installed).state);
  });

  it("sends a lost GET or HEAD once more, and nothing else", () => {
    const original = withoutProxyRetry(installed);
    expect(original).not.toContain("roomtrust:");
    const { state, source } = withProxyRetry(original);
    expect(state).toBe("patched");
    // One more send, only in the catch, only for bodyless methods; the rest of the file unchanged.
    expect(source.split("fetch(userWorkerUrl").length - original.split("fetch(userWorkerUrl").length).toBe(1);
    expect(source).toMatch(/\.catch\(\(error\) => \{ if \(request\.method !== "GET" && request\.method !== "HEAD"\) throw error; return fetch\(userWorkerUrl/);
    expect(withoutProxyRetry(source)).toBe(original);
  });

  it("applies once: a patched proxy is left as it is", () => {
    const once = withProxyRetry(installed).source;
    expect(withProxyRetry(once)).toEqual({ state: "already", source: once });
  });

  it("leaves another wrangler's proxy alone", () => {
    const other = "export default { fetch(request) { return fetch(request); } };";
    expect(withProxyRetry(other)).toEqual({ state: "unrecognised", source: other });
  });
});
