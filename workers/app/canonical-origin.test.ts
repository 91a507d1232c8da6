import { describe, expect, it } from "vitest";
import { readAppConfig } from "./app-config";
import { toConfiguredOrigin } from "./canonical-origin";

const local = readAppConfig({ APP_ORIGIN: "http://localhost:8787", DEV_TOOLS: "1" });
const production = readAppConfig({ APP_ORIGIN: "https://trust.example.com", DEV_TOOLS: "0" });

function locationOf(answer: Response | null): string | null {
  if (!answer) throw new Error("expected a redirect");
  return answer.headers.get("location");
}

describe("toConfiguredOrigin", () => {
  it("sends a request for a forged host to the same path on the configured origin", () => {
    const answer = toConfiguredOrigin(new Request("https://evil.example/admin?lang=fr"), production);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(308);
    expect(locationOf(answer)).toBe("https://trust.example.com/admin?lang=fr");
  });

  it("sends a local run opened at 127.0.0.1 to the localhost it printed, keeping a form post's method", () => {
    expect(locationOf(toConfiguredOrigin(new Request("http://127.0.0.1:8787/subprocessors"), local))).toBe("http://localhost:8787/subprocessors");
    const post = toConfiguredOrigin(new Request("http://127.0.0.1:8787/admin/sign-in", { method: "POST", body: "email=a" }), local);
    expect((post as Response).status).toBe(307);
  });

  it("lets a request on the configured origin through as it came", () => {
    expect(toConfiguredOrigin(new Request("http://localhost:8787/rooms/acme"), local)).toBeNull();
    expect(toConfiguredOrigin(new Request("https://trust.example.com/", { headers: { "x-forwarded-host": "evil.example" } }), production)).toBeNull();
  });
});

describe("readAppConfig", () => {
  it("refuses a plain-http origin outside local runs", () => {
    expect(() => readAppConfig({ APP_ORIGIN: "http://trust.example.com", DEV_TOOLS: "0" })).toThrow(/https/);
    expect(() => readAppConfig({ APP_ORIGIN: "http://trust.example.com" })).toThrow(/https/);
    expect(readAppConfig({ APP_ORIGIN: "http://localhost:9000", DEV_TOOLS: "1" }).origin.href).toBe("http://localhost:9000/");
  });
});
