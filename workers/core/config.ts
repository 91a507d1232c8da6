import { z } from "zod";
import { ed25519PrivateJwk } from "../crypto/ed25519";
import { MAX_PERIOD_DAYS, type NoticePeriods } from "../domain/notice-periods";

/** A placeholder secret for local runs and tests only; production refuses it. */
export const DEV_AUTH_SECRET = "roomtrust-local-development-secret-do-not-deploy";

/** The evidence log's signing key for local runs only (it is public, here); production refuses it. */
export const DEV_EVIDENCE_SIGNING_KEY =
  '{"crv":"Ed25519","d":"vw3hKBsG_F92I2goLPdwT6qeDfHNuLz06Wl4jluFx3A","x":"OK1btpfaF_YdX9-GZktEvZshQkFDirKWoKlqA4pVudA","kty":"OKP"}';

const isEd25519PrivateJwk = (text: string) => {
  try {
    return ed25519PrivateJwk.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
};
const floorDays = (fallback: number) => z.coerce.number().int().min(1).max(MAX_PERIOD_DAYS).default(fallback);

const configSchema = z
  .object({
    APP_ORIGIN: z.url(),
    EMAIL_FROM: z.string().min(3),
    DEV_TOOLS: z.enum(["0", "1"]).default("0"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
    RESEND_API_KEY: z.string().min(1, "RESEND_API_KEY is required"),
    RESEND_BASE_URL: z.url().optional(),
    /** The signing secret Resend shows for our webhook endpoint; without it every delivery webhook is refused. */
    RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_", "RESEND_WEBHOOK_SECRET is the whsec_… signing secret Resend shows for the webhook").optional(),
    EVIDENCE_SIGNING_KEY: z.string().refine(isEd25519PrivateJwk, "EVIDENCE_SIGNING_KEY must be an Ed25519 private key as a JWK (kty OKP, crv Ed25519, x, d)"),
    // The least the vendor admin may set each notice period to, in days ([vars] in
    // workers/core/wrangler.toml): what the deployment's DPA allows at the shortest.
    NOTICE_PERIOD_FLOOR_DAYS: floorDays(10),
    OBJECTION_WINDOW_FLOOR_DAYS: floorDays(5),
    RESOLUTION_PERIOD_FLOOR_DAYS: floorDays(10),
    /** The Resend team's rate limit; emails/send-pace.ts keeps to it (Resend's default, unless the account has more). */
    RESEND_REQUESTS_PER_SECOND: z.coerce.number().positive().default(5),
    /** Local runs and tests only: lets webhooks go to http(s)://localhost, 127.0.0.1 or [::1] (docs/decisions/015). */
    WEBHOOK_ALLOW_LOOPBACK: z.enum(["0", "1"]).default("0"),
    /** The DNS-over-HTTPS resolver (JSON API) that says where an endpoint's name points before each send. */
    WEBHOOK_DNS_RESOLVER: z.url().default("https://cloudflare-dns.com/dns-query"),
    /** How long one webhook attempt may take before it counts as failed. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().max(30_000).default(10_000),
  })
  .refine((c) => c.DEV_TOOLS === "1" || c.AUTH_SECRET !== DEV_AUTH_SECRET, {
    message: "AUTH_SECRET is the local development value; set a real secret with `wrangler secret put AUTH_SECRET`",
    path: ["AUTH_SECRET"],
  })
  .refine((c) => c.DEV_TOOLS === "1" || c.EVIDENCE_SIGNING_KEY !== DEV_EVIDENCE_SIGNING_KEY, {
    message: "EVIDENCE_SIGNING_KEY is the local development key; set a real one with `wrangler secret put EVIDENCE_SIGNING_KEY`",
    path: ["EVIDENCE_SIGNING_KEY"],
  })
  // A production deploy that allowed loopback would let an endpoint reach the worker's own host.
  .refine((c) => c.DEV_TOOLS === "1" || c.WEBHOOK_ALLOW_LOOPBACK === "0", {
    message: "WEBHOOK_ALLOW_LOOPBACK is for local runs and tests only (DEV_TOOLS=1)",
    path: ["WEBHOOK_ALLOW_LOOPBACK"],
  })
  // Every link in every email is built from APP_ORIGIN: outside local runs it must be https.
  .refine((c) => c.DEV_TOOLS === "1" || new URL(c.APP_ORIGIN).protocol === "https:", {
    message: "APP_ORIGIN must be an https:// origin outside local runs (DEV_TOOLS=1)",
    path: ["APP_ORIGIN"],
  });

export type Config = z.infer<typeof configSchema> & { devTools: boolean; periodFloors: NoticePeriods };

let cached: { source: unknown; config: Config } | undefined;

/** Validates the worker's vars and secrets once per isolate; a bad deploy fails loudly on first use. */
export function readConfig(env: CoreEnv): Config {
  if (cached?.source === env) return cached.config;
  const result = configSchema.safeParse(env);
  // A configuration mistake is ours, not the caller's: it must surface as a 500 and in the log,
  // never as a validation error shown to a user.
  if (!result.success) throw new Error(`Invalid worker configuration: ${z.prettifyError(result.error)}`);
  const parsed = result.data;
  const periodFloors = {
    noticePeriodDays: parsed.NOTICE_PERIOD_FLOOR_DAYS,
    objectionWindowDays: parsed.OBJECTION_WINDOW_FLOOR_DAYS,
    resolutionPeriodDays: parsed.RESOLUTION_PERIOD_FLOOR_DAYS,
  };
  const config = { ...parsed, devTools: parsed.DEV_TOOLS === "1", periodFloors };
  cached = { source: env, config };
  return config;
}
