import type { CoreService } from "../../_lib/core";
import { CoreError, unwrap } from "../../_lib/core-result";
import type { PublicList } from "../../../workers/core/portal.schema";

/** The one read every public view of the list starts from. */
export async function loadPublicList(service: CoreService): Promise<PublicList> {
  return unwrap(await service.portal().publicList());
}

/** Machine-readable endpoints fail as plain text with the right status, never as an HTML page. */
export function plainError(error: unknown): Response {
  if (!(error instanceof CoreError)) console.error("public list endpoint failed", error);
  const status = error instanceof CoreError ? error.status : 500;
  const message = error instanceof CoreError && status < 500 ? error.message : "Something went wrong on our side. Please try again in a moment.";
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
