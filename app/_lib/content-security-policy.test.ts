import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";
import { authRedirectHeaders, securityHeaders } from "./security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("who may frame what", () => {
  it("only MSAL's redirect bridge may be framed, and only by our own origin", () => {
    expect(directive(contentSecurityPolicy("n", { page: "auth-redirect", devLoopback: false }), "frame-ancestors")).toBe("frame-ancestors 'self'");
    expect(directive(contentSecurityPolicy("n", { page: "display", devLoopback: false }), "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy("n"), "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("the bridge has no Cross-Origin-Opener-Policy (MSAL's docs) and may be framed by its own origin; every other page keeps today's", () => {
    expect(authRedirectHeaders.find((h) => h.key === "Cross-Origin-Opener-Policy")).toBeUndefined();
    expect(authRedirectHeaders.find((h) => h.key === "X-Frame-Options")?.value).toBe("SAMEORIGIN");
    expect(securityHeaders.find((h) => h.key === "Cross-Origin-Opener-Policy")?.value).toBe("same-origin");
    expect(securityHeaders.find((h) => h.key === "X-Frame-Options")?.value).toBe("DENY");
  });

  it("lets the tablet reach a loopback identity stand-in only with dev tools on", () => {
    const dev = contentSecurityPolicy("n", { page: "display", devLoopback: true });
    expect(directive(dev, "connect-src")).toContain("https://127.0.0.1:*");
    expect(directive(dev, "frame-src")).toContain("https://127.0.0.1:*");
    const production = contentSecurityPolicy("n", { page: "display", devLoopback: false });
    expect(production).not.toContain("127.0.0.1");
    expect(directive(production, "frame-src")).toBe("frame-src 'self' https://login.microsoftonline.com https://accounts.google.com");
  });
});
