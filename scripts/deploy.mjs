// `npm run deploy`: create/migrate D1, deploy the core worker, set its secrets, deploy the app.
// Needs CLOUDFLARE_API_TOKEN (and CLOUDFLARE_ACCOUNT_ID if the token sees several accounts),
// RESEND_API_KEY, and APP_ORIGIN (e.g. https://trust.example.com). AUTH_SECRET is generated once
// if not given. Re-running is safe: each step checks what already exists.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import "./env.mjs";
import { registerDeliveryWebhook } from "./delivery-webhook.mjs";
import { run } from "./run.mjs";

const required = ["CLOUDFLARE_API_TOKEN", "RESEND_API_KEY", "APP_ORIGIN"];
const missing = required.filter((name) => !process.env[name]);
if (missing.length) {
  console.error(`Set ${missing.join(", ")} first. See README.md, "Deploy to Cloudflare".`);
  process.exit(1);
}
// Links in emails are built from APP_ORIGIN; both workers refuse anything but https in production.
if (!/^https:\/\/[^/]+\/?$/.test(process.env.APP_ORIGIN)) {
  console.error(`APP_ORIGIN must be an https:// origin such as https://trust.example.com (got ${process.env.APP_ORIGIN}).`);
  process.exit(1);
}
const coreConfig = "workers/core/wrangler.toml";
const wrangler = (args) => execFileSync("npx", ["wrangler", ...args], { encoding: "utf8" });

// 1. D1: create once, then write its id into the core worker's config.
const databases = JSON.parse(wrangler(["d1", "list", "--json"]));
let database = databases.find((db) => db.name === "roomtrust");
if (!database) {
  await run("npx", ["wrangler", "d1", "create", "roomtrust"]);
  database = JSON.parse(wrangler(["d1", "list", "--json"])).find((db) => db.name === "roomtrust");
}
const config = readFileSync(coreConfig, "utf8");
writeFileSync(coreConfig, config.replace(/^database_id = ".*"$/m, `database_id = "${database.uuid}"`));
await run("npx", ["wrangler", "d1", "migrations", "apply", "roomtrust", "--remote", "-c", coreConfig]);

// 2. Core worker, then its secrets (vars for origin come from the environment).
await run("npx", ["wrangler", "deploy", "-c", coreConfig, "--var", `APP_ORIGIN:${process.env.APP_ORIGIN}`]);
const secret = (name, value) => execFileSync("npx", ["wrangler", "secret", "put", name, "-c", coreConfig], { input: value, stdio: ["pipe", "inherit", "inherit"] });
secret("RESEND_API_KEY", process.env.RESEND_API_KEY);
const secrets = wrangler(["secret", "list", "-c", coreConfig]);
if (process.env.AUTH_SECRET || !secrets.includes("AUTH_SECRET")) {
  secret("AUTH_SECRET", process.env.AUTH_SECRET ?? randomBytes(48).toString("base64url"));
}
// Delivery webhooks (bounces, complaints): registered with Resend once; its signing secret is the core's.
if (!secrets.includes("RESEND_WEBHOOK_SECRET")) {
  const webhook = await registerDeliveryWebhook({ apiKey: process.env.RESEND_API_KEY, appOrigin: process.env.APP_ORIGIN.replace(/\/$/, "") });
  secret("RESEND_WEBHOOK_SECRET", webhook.secret);
}
// The evidence log's Ed25519 key, generated once: a new key would not verify earlier checkpoints.
if (!secrets.includes("EVIDENCE_SIGNING_KEY")) {
  secret("EVIDENCE_SIGNING_KEY", JSON.stringify(generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" })));
}

// 3. The app (OpenNext build + deploy).
await run("npm", ["run", "build"]);
await run("npx", ["wrangler", "deploy", "-c", "wrangler.toml", "--var", `APP_ORIGIN:${process.env.APP_ORIGIN}`]);
console.log(`Deployed. Open ${process.env.APP_ORIGIN}/subprocessors`);
