import { core } from "../_lib/core";
import { subprocessorsPage } from "./_pages/list-page";

export const dynamic = "force-dynamic";

// GET /subprocessors – answered by the app worker before OpenNext; this serves it under `next dev`.
export async function GET(request: Request) {
  return subprocessorsPage(request, await core());
}
