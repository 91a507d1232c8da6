import { describe, expect, it } from "vitest";
import { BrowserAuthError, BrowserAuthErrorCodes, InteractionRequiredAuthError } from "@azure/msal-browser";
import { devAuthority, msalConfiguration, msalFailure } from "./microsoft-sign-in";

const ORG = { clientId: "11111111-2222-3333-4444-555555555555", tenantId: "contoso.onmicrosoft.com" };

describe("MSAL's configuration on the tablet", () => {
  it("signs in against the organisation's tenant and comes back to the redirect bridge, not to the panel", () => {
    const { auth, cache } = msalConfiguration(ORG, "https://trust.example", null);
    expect(auth.authority).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com");
    expect(auth.redirectUri).toBe("https://trust.example/display/auth-redirect");
    expect(auth.knownAuthorities).toBeUndefined();
    expect(cache?.cacheLocation).toBe("localStorage");
  });

  it("with a dev authority, knows its metadata, so MSAL asks no discovery endpoint", () => {
    const { auth } = msalConfiguration(ORG, "http://localhost:8807", "https://127.0.0.1:4443");
    expect(auth.authority).toBe("https://127.0.0.1:4443/contoso.onmicrosoft.com");
    expect(auth.knownAuthorities).toEqual(["127.0.0.1:4443"]);
    const metadata = JSON.parse(auth.authorityMetadata!) as Record<string, string>;
    expect(metadata.token_endpoint).toBe("https://127.0.0.1:4443/contoso.onmicrosoft.com/oauth2/v2.0/token");
    expect(Object.keys(metadata)).toEqual(expect.arrayContaining(["issuer", "authorization_endpoint", "token_endpoint", "jwks_uri"]));
    const discovery = JSON.parse(auth.cloudDiscoveryMetadata!) as { tenant_discovery_endpoint: string; metadata: { aliases: string[] }[] };
    expect(discovery.metadata[0]!.aliases).toEqual(["127.0.0.1:4443"]);
  });

  it("honours a dev authority only with dev tools on, and only on loopback https", () => {
    expect(devAuthority(false, "https://127.0.0.1:4443")).toBeNull();
    expect(devAuthority(true, "https://127.0.0.1:4443/anything")).toBe("https://127.0.0.1:4443");
    expect(devAuthority(true, "https://login.evil.example")).toBeNull();
    expect(devAuthority(true, "http://127.0.0.1:4443")).toBeNull();
    expect(devAuthority(true, "not a url")).toBeNull();
    expect(devAuthority(true, null)).toBeNull();
  });
});

describe("MSAL's failures in the panel's words", () => {
  it("says the network when MSAL could not reach Microsoft, with MSAL's own error objects", () => {
    for (const code of [BrowserAuthErrorCodes.noNetworkConnectivity, BrowserAuthErrorCodes.postRequestFailed, BrowserAuthErrorCodes.getRequestFailed, BrowserAuthErrorCodes.timedOut]) {
      expect(msalFailure(new BrowserAuthError(code, "correlation-id"))).toMatchObject({ reason: "unreachable" });
    }
  });

  it("says Microsoft refused for anything else, naming MSAL's code", () => {
    const failure = msalFailure(new BrowserAuthError(BrowserAuthErrorCodes.invalidCacheType, "correlation-id"));
    expect(failure).toMatchObject({ reason: "provider" });
    expect(failure.message).toContain(BrowserAuthErrorCodes.invalidCacheType);
    expect(msalFailure(new TypeError("boom"))).toMatchObject({ reason: "provider" });
    expect(msalFailure(new InteractionRequiredAuthError("interaction_required", "")).reason).toBe("provider");
  });
});
