// Switches every tool we run to offline, silent mode (see ../shared/STACK.md).
export const offlineEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_HIDE_BANNER: "true",
};
Object.assign(process.env, offlineEnv);
