import { core, CoreError, unwrap } from "../../_lib/core";
import { sessionTokenOf } from "../../_lib/session";

/** The whole log for an export, or the response to send instead (sign in / error). */
export async function evidenceForExport(request: Request) {
  try {
    return unwrap(await (await core()).admin().evidence({ sessionToken: sessionTokenOf(request) }));
  } catch (error) {
    if (error instanceof CoreError) return new Response(error.message, { status: error.status, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
