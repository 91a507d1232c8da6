import { core } from "../../_lib/core";
import { roomFinderPage } from "../_pages/finder-page";

export const dynamic = "force-dynamic";

// GET /rooms/{org} – answered by the app worker before OpenNext; this serves it under `next dev`.
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  return roomFinderPage(request, (await params).org, await core());
}
