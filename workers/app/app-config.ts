import { z } from "zod";

/**
 * The app worker's own settings. APP_ORIGIN is where people reach the app; every absolute URL is
 * built from it, never from a request's Host header. Outside local runs (DEV_TOOLS=1) it must be
 * https, so links in emails (RFC 8058 one-click unsubscribe among them) can never be plain http.
 */
const appConfigSchema = z
  .object({
    APP_ORIGIN: z.url(),
    DEV_TOOLS: z.enum(["0", "1"]).default("0"),
  })
  .refine((c) => c.DEV_TOOLS === "1" || new URL(c.APP_ORIGIN).protocol === "https:", {
    message: "APP_ORIGIN must be an https:// origin outside local runs",
    path: ["APP_ORIGIN"],
  });

export interface AppConfig {
  origin: URL;
  devTools: boolean;
}

let cached: { source: unknown; config: AppConfig } | undefined;

/** Validated once per isolate; a bad deploy fails loudly on its first request. */
export function readAppConfig(env: { APP_ORIGIN?: string; DEV_TOOLS?: string }): AppConfig {
  if (cached?.source === env) return cached.config;
  const result = appConfigSchema.safeParse(env);
  if (!result.success) throw new Error(`Invalid app worker configuration: ${z.prettifyError(result.error)}`);
  const config = { origin: new URL(new URL(result.data.APP_ORIGIN).origin), devTools: result.data.DEV_TOOLS === "1" };
  cached = { source: env, config };
  return config;
}
