import { getCloudflareContext } from "@opennextjs/cloudflare";
import { handleDeviceApi } from "../../../../workers/app/device-api";

export const dynamic = "force-dynamic";

// /api/display/{pair,config,heartbeat} – the same handler workers/app/entry.ts answers before
// Next.js in production and `npm start`; this route is what `npm run dev` (next dev) reaches.
async function handle(request: Request) {
  const { env } = await getCloudflareContext({ async: true });
  return handleDeviceApi(request, env);
}

export { handle as GET, handle as POST };
