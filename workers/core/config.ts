import { z } from "zod";

/** A placeholder secret for local runs and tests only; production refuses it. */
export const DEV_AUTH_SECRET = "roomtrust-local-development-secret-do-not-deploy";

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
  })
  .refine((c) => c.DEV_TOOLS === "1" || c.AUTH_SECRET !== DEV_AUTH_SECRET, {
    message: "AUTH_SECRET is the local development value; set a real secret with `wrangler secret put AUTH_SECRET`",
    path: ["AUTH_SECRET"],
  })
  // Every link in every email is built from APP_ORIGIN: outside local runs it must be https.
  .refine((c) => c.DEV_TOOLS === "1" || new URL(c.APP_ORIGIN).protocol === "https:", {
    message: "APP_ORIGIN must be an https:// origin outside local runs (DEV_TOOLS=1)",
    path: ["APP_ORIGIN"],
  });

export type Config = z.infer<typeof configSchema> & { devTools: boolean };

let cached: { source: unknown; config: Config } | undefined;

/** Validates the worker's vars and secrets once per isolate; a bad deploy fails loudly on first use. */
export function readConfig(env: CoreEnv): Config {
  if (cached?.source === env) return cached.config;
  const result = configSchema.safeParse(env);
  // A configuration mistake is ours, not the caller's: it must surface as a 500 and in the log,
  // never as a validation error shown to a user.
  if (!result.success) throw new Error(`Invalid worker configuration: ${z.prettifyError(result.error)}`);
  const parsed = result.data;
  const config = { ...parsed, devTools: parsed.DEV_TOOLS === "1" };
  cached = { source: env, config };
  return config;
}
