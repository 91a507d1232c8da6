import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { CoreError } from "@/app/_lib/core-result";
import type { AppBindings } from "./app-bindings";
import { answerError, answerNotFound } from "./error-exit";
import { configuredOrigin } from "./middleware/configured-origin";
import { language } from "./middleware/language";
import { sameOriginWrites } from "./middleware/same-origin-writes";
import { secureResponses } from "./middleware/security-headers";

// The router's chain and exit around routes that fail the ways real handlers do.
const env = { APP_ORIGIN: "http://localhost:8787", DEV_TOOLS: "1" } as AppEnv;
const app = new Hono<AppBindings>();
app.use(secureResponses, configuredOrigin, language, sameOriginWrites);
app.onError(answerError);
app.notFound(answerNotFound);
const invalidEmail = new CoreError("validation_failed", 400, [{ path: "email", code: "invalid_format", message: "Invalid email address" }], "Some fields need attention.");
app.post("/form", () => { throw invalidEmail; });
app.get("/api/thing", (c, next) => { c.set("errorAnswer", "problem"); return next(); }, () => { throw invalidEmail; });
app.get("/boom", () => { throw new Error("connection string postgres://secret"); });
app.get("/admin/thing", (c) => { c.set("signInOn", new Set(["unauthenticated"])); throw new CoreError("unauthenticated", 401, [], "Please sign in."); });
app.get("/moved", (c) => Response.redirect(new URL("/elsewhere", c.req.url), 303));

const at = (path: string, init?: RequestInit) => app.request(`http://localhost:8787${path}`, init, env);

describe("the app worker's error exit", () => {
  it("answers a core error on a page route with the page, in the visitor's language, naming the field", async () => {
    const response = await at("/form?lang=fr", { method: "POST" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('lang="fr"');
    expect(html).toContain("Saisissez une adresse e-mail comme nom@exemple.fr.");
    expect(html).toContain("Certains champs sont à corriger.");
  });

  it("answers on a machine route with an RFC 9457 problem document", async () => {
    const response = await at("/api/thing");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ type: "about:blank", status: 400, code: "validation_failed", issues: [{ path: "email" }] });
  });

  it("answers anything unexpected with a 500 page that names no cause", async () => {
    const response = await at("/boom?lang=fr");
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain("Une erreur est survenue");
    expect(html).not.toMatch(/postgres|secret|Error/);
  });

  it("sends the visitor to sign in where the route says so", async () => {
    const response = await at("/admin/thing?lang=fr");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/sign-in?lang=fr");
  });

  it("has one 404 page for every unknown address", async () => {
    const response = await at("/nope", { headers: { "accept-language": "fr-CH, en;q=0.5" } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page introuvable");
  });

  it("refuses a cross-site form post in the chain, before any handler", async () => {
    const response = await at("/form", { method: "POST", headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("came from another site");
  });
});

describe("the app worker's security headers", () => {
  it("reach every answer, immutable ones too, with a fresh nonce each time", async () => {
    const first = await at("/moved");
    const second = await at("/nope");
    expect(first.status).toBe(303);
    for (const response of [first, second]) {
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("strict-transport-security")).toContain("max-age=");
    }
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(first)).toBeTruthy();
    expect(nonce(first)).not.toBe(nonce(second));
  });

  it("give the room finder's URL, which carries its key, no Referer and no indexing", async () => {
    const response = await at("/rooms/acme?key=k");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
  });
});
