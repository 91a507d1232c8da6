import { execFileSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

/**
 * A local identity provider speaking Entra ID's OAuth 2.0 / OpenID Connect wire format (v2.0
 * endpoints, error bodies with AADSTS codes), on a loopback https port, for the real MSAL in
 * Chromium. What it enforces is what Entra does to a single-page app:
 * - /authorize needs a registered redirect URI and PKCE (S256); it answers with a code in the
 *   fragment (or query), and `prompt=none` succeeds only while its session cookie's session lives,
 *   `interaction_required` after;
 * - /token allows CORS only from the origin of a registered SPA redirect URI; access tokens last
 *   1 h; refresh tokens end 24 h after the sign-in that started them, rotate on use (an old one is
 *   `invalid_grant`), and are `invalid_grant` once they end.
 * Its clock is the tablet's: the test moves both together (page.clock and `advance`).
 */

const HOUR = 3600_000;
const SPA_REFRESH_LIFETIME = 24 * HOUR;

export interface EntraStandIn {
  origin: string;
  tenantId: string;
  advance(ms: number): void;
  /** Ends every session and refresh token, as an admin's "revoke sessions" does. */
  revokeSessions(): void;
  /** Whether Graph should accept this bearer token now. */
  acceptsAccessToken(token: string): boolean;
  /** Every code and token it issued: none may ever reach Roomtrust. */
  issued: Set<string>;
  calls: { authorize: number; silentAuthorize: number; tokenByCode: number; tokenByRefresh: number; refused: string[] };
  close(): Promise<void>;
}

interface Session { id: string; username: string; revoked: boolean }
interface Code { clientId: string; redirectUri: string; challenge: string; nonce: string; scope: string; sessionId: string; expiresAt: number }
interface RefreshToken { clientId: string; scope: string; sessionId: string; familyEndsAt: number; used: boolean }

export async function startEntraStandIn({ clientId, redirectUris }: { clientId: string; redirectUris: string[] }): Promise<EntraStandIn> {
  const tenantId = randomUUID();
  const oid = randomUUID();
  let offset = 0;
  const now = () => Date.now() + offset;
  const sessions = new Map<string, Session>();
  const codes = new Map<string, Code>();
  const refreshTokens = new Map<string, RefreshToken>();
  const accessTokens = new Map<string, number>();
  const issued = new Set<string>();
  const calls: EntraStandIn["calls"] = { authorize: 0, silentAuthorize: 0, tokenByCode: 0, tokenByRefresh: 0, refused: [] };
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "standin-key", use: "sig", alg: "RS256" };
  const allowedOrigins = new Set(redirectUris.map((uri) => new URL(uri).origin));
  const token = (prefix: string) => {
    const value = `${prefix}.${randomBytes(24).toString("base64url")}`;
    issued.add(value);
    return value;
  };

  const server = createServer(selfSignedCertificate(), (request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("stand-in did not listen");
  const origin = `https://127.0.0.1:${address.port}`;
  const authority = `${origin}/${tenantId}`;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", origin);
    const path = url.pathname.replace(/^\/[^/]+/, ""); // the tenant segment, whatever the app calls it
    if (request.method === "GET" && path === "/v2.0/.well-known/openid-configuration") return json(response, 200, discovery());
    if (request.method === "GET" && url.pathname === "/common/discovery/instance") return json(response, 200, instanceDiscovery());
    if (request.method === "GET" && path === "/discovery/v2.0/keys") return json(response, 200, { keys: [jwk] });
    if (request.method === "GET" && path === "/oauth2/v2.0/authorize") return authorize(url.searchParams, request, response);
    if (request.method === "POST" && path === "/oauth2/v2.0/authorize") return signIn(new URLSearchParams(await body(request)), response);
    if (path === "/oauth2/v2.0/token") return tokenEndpoint(request, response);
    response.writeHead(404).end();
  }

  function discovery() {
    return {
      issuer: `${origin}/${tenantId}/v2.0`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      response_modes_supported: ["query", "fragment", "form_post"],
      response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
      scopes_supported: ["openid", "profile", "email", "offline_access"],
      subject_types_supported: ["pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["plain", "S256"],
      token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
      tenant_region_scope: "EU",
    };
  }

  function instanceDiscovery() {
    const host = new URL(origin).host;
    return { tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`, "api-version": "1.1", metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }] };
  }

  /** Checks what Entra checks before it shows anything; returns the reason it would refuse. */
  function refusal(params: URLSearchParams): string | null {
    if (params.get("client_id") !== clientId) return "AADSTS700016: Application not found in the directory.";
    if (!redirectUris.includes(params.get("redirect_uri") ?? "")) return "AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.";
    if (params.get("response_type") !== "code") return "AADSTS900144: The request body must contain the following parameter: 'response_type'.";
    if (params.get("code_challenge_method") !== "S256" || !params.get("code_challenge")) return "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.";
    return null;
  }

  function authorize(params: URLSearchParams, request: IncomingMessage, response: ServerResponse) {
    const refused = refusal(params);
    if (refused) {
      calls.refused.push(refused);
      return response.writeHead(400, { "content-type": "text/html" }).end(`<p>${refused}</p>`);
    }
    if (params.get("prompt") === "none") {
      calls.silentAuthorize++;
      const session = liveSession(request);
      if (!session) return redirectBack(response, params, { error: "interaction_required", error_description: "AADSTS50058: A silent sign-in request was sent but no user is signed in.", error_codes: "50058" });
      return redirectBack(response, params, { code: issueCode(params, session) });
    }
    calls.authorize++;
    // The interactive page: the account Roomtrust suggested, and one button.
    const hidden = [...params].map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`).join("");
    const hint = params.get("login_hint") ?? "room@example.test";
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
      `<!doctype html><title>Sign in to your account</title><h1>Sign in</h1><form method="post">${hidden}<p>${escape(hint)}</p><button>Sign in as ${escape(hint)}</button></form>`,
    );
  }

  function signIn(params: URLSearchParams, response: ServerResponse) {
    const refused = refusal(params);
    if (refused) return response.writeHead(400).end(refused);
    const session: Session = { id: randomUUID(), username: params.get("login_hint") ?? "room@example.test", revoked: false };
    sessions.set(session.id, session);
    // A cross-site cookie (the hidden iframe runs under the display's origin): SameSite=None; Secure.
    response.setHeader("set-cookie", `ESTSAUTH=${session.id}; Path=/; Secure; HttpOnly; SameSite=None`);
    redirectBack(response, params, { code: issueCode(params, session) });
  }

  function liveSession(request: IncomingMessage): Session | null {
    const id = /(?:^|;\s*)ESTSAUTH=([^;]+)/.exec(request.headers.cookie ?? "")?.[1];
    const session = id ? sessions.get(id) : undefined;
    return session && !session.revoked ? session : null;
  }

  function issueCode(params: URLSearchParams, session: Session): string {
    const code = token("code");
    codes.set(code, {
      clientId,
      redirectUri: params.get("redirect_uri")!,
      challenge: params.get("code_challenge")!,
      nonce: params.get("nonce") ?? "",
      scope: params.get("scope") ?? "",
      sessionId: session.id,
      expiresAt: now() + 10 * 60_000,
    });
    return code;
  }

  function redirectBack(response: ServerResponse, params: URLSearchParams, answer: Record<string, string>) {
    const values = new URLSearchParams({ ...answer, state: params.get("state") ?? "" });
    if (answer.code) values.set("client_info", clientInfo());
    const target = new URL(params.get("redirect_uri")!);
    if (params.get("response_mode") === "query") target.search = values.toString();
    else target.hash = values.toString();
    response.writeHead(302, { location: target.toString(), "cache-control": "no-store" }).end();
  }

  async function tokenEndpoint(request: IncomingMessage, response: ServerResponse) {
    const requestOrigin = request.headers.origin;
    const cors: Record<string, string> = requestOrigin && allowedOrigins.has(requestOrigin) ? { "access-control-allow-origin": requestOrigin } : {};
    if (request.method === "OPTIONS") {
      return response.writeHead(cors["access-control-allow-origin"] ? 204 : 400, { ...cors, "access-control-allow-methods": "POST", "access-control-allow-headers": "content-type", "access-control-max-age": "86400" }).end();
    }
    if (request.method !== "POST") return response.writeHead(405).end();
    if (!cors["access-control-allow-origin"]) {
      calls.refused.push(`token from origin ${requestOrigin ?? "(none)"}`);
      return json(response, 400, entraError("invalid_request", "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.", 9002326));
    }
    const params = new URLSearchParams(await body(request));
    if (params.get("client_id") !== clientId) return json(response, 400, entraError("unauthorized_client", "AADSTS700016: Application not found in the directory.", 700016), cors);
    if (params.get("grant_type") === "authorization_code") {
      calls.tokenByCode++;
      const code = codes.get(params.get("code") ?? "");
      codes.delete(params.get("code") ?? "");
      if (!code || code.expiresAt <= now()) return json(response, 400, entraError("invalid_grant", "AADSTS70008: The provided authorization code or refresh token has expired or was already used.", 70008), cors);
      if (code.redirectUri !== params.get("redirect_uri")) return json(response, 400, entraError("invalid_grant", "AADSTS50011: The redirect URI does not match the one of the authorization request.", 50011), cors);
      const verifier = params.get("code_verifier") ?? "";
      if (createHash("sha256").update(verifier).digest("base64url") !== code.challenge) return json(response, 400, entraError("invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.", 501481), cors);
      // Every code redemption starts a new 24-hour refresh-token lifetime, however it was obtained.
      return json(response, 200, await tokens(code.scope, code.sessionId, now() + SPA_REFRESH_LIFETIME, code.nonce), cors);
    }
    if (params.get("grant_type") === "refresh_token") {
      calls.tokenByRefresh++;
      const presented = params.get("refresh_token") ?? "";
      const refresh = refreshTokens.get(presented);
      const session = refresh ? sessions.get(refresh.sessionId) : undefined;
      if (!refresh || refresh.used || !session || session.revoked) return json(response, 400, entraError("invalid_grant", "AADSTS70008: The provided authorization code or refresh token has expired or was already used.", 70008), cors);
      if (refresh.familyEndsAt <= now()) return json(response, 400, entraError("invalid_grant", "AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.", 700084), cors);
      refresh.used = true;
      return json(response, 200, await tokens(params.get("scope") ?? refresh.scope, refresh.sessionId, refresh.familyEndsAt, null), cors);
    }
    return json(response, 400, entraError("unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type.", 70003), cors);
  }

  async function tokens(scope: string, sessionId: string, familyEndsAt: number, nonce: string | null) {
    const at = now();
    const username = sessions.get(sessionId)?.username ?? "";
    const accessToken = token("access");
    accessTokens.set(accessToken, at + HOUR);
    const refreshToken = token("refresh");
    refreshTokens.set(refreshToken, { clientId, scope, sessionId, familyEndsAt, used: false });
    const idToken = await new SignJWT({
      ver: "2.0", tid: tenantId, oid, sub: oid, name: username, preferred_username: username, ...(nonce ? { nonce } : {}),
    })
      .setProtectedHeader({ alg: "RS256", kid: jwk.kid, typ: "JWT" })
      .setIssuer(`${origin}/${tenantId}/v2.0`)
      .setAudience(clientId)
      .setIssuedAt(Math.floor(at / 1000))
      .setNotBefore(Math.floor(at / 1000))
      .setExpirationTime(Math.floor((at + HOUR) / 1000))
      .sign(privateKey);
    issued.add(idToken);
    const granted = scope.split(" ").filter((s) => !["openid", "profile", "offline_access", "email"].includes(s)).join(" ");
    return {
      token_type: "Bearer",
      scope: granted || "User.Read",
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: accessToken,
      refresh_token: refreshToken,
      refresh_token_expires_in: Math.max(0, Math.floor((familyEndsAt - at) / 1000)),
      id_token: idToken,
      client_info: clientInfo(),
    };
  }

  function clientInfo() {
    return Buffer.from(JSON.stringify({ uid: oid, utid: tenantId })).toString("base64url");
  }

  return {
    origin,
    tenantId,
    advance: (ms) => void (offset += ms),
    revokeSessions: () => sessions.forEach((s) => (s.revoked = true)),
    acceptsAccessToken: (value) => (accessTokens.get(value) ?? 0) > now(),
    issued,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function entraError(error: string, description: string, code: number) {
  return { error, error_description: `${description}\r\nTrace ID: ${randomUUID()}\r\nTimestamp: ${new Date().toISOString()}`, error_codes: [code], timestamp: new Date().toISOString().replace("T", " ").slice(0, 19) + "Z", trace_id: randomUUID(), correlation_id: randomUUID(), error_uri: "https://login.microsoftonline.com/error?code=" + code };
}

function json(response: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...extra }).end(JSON.stringify(value));
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A throwaway certificate for 127.0.0.1 (the browser context is told to accept it). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "entra-standin-"));
  try {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
