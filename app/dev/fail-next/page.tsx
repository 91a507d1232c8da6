import { getCloudflareContext } from "@opennextjs/cloudflare";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

// GET /dev/fail-next – a Next.js page that fails on purpose (dev tools only), so a test can see
// that Next's errors get the router's 500 page, which reveals nothing (e2e/one-router.spec.ts).
export default async function FailOnPurpose() {
  const { env } = await getCloudflareContext({ async: true });
  if (env.DEV_TOOLS !== "1") notFound();
  throw new Error("dev tools: a Next.js page failing on purpose (secret-detail-9c1e)");
}
