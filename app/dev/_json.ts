import { CoreError } from "../_lib/core";

/** JSON responses for the dev endpoints (scripts and tests call them). */
export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}

export function jsonError(error: unknown): Response {
  if (error instanceof CoreError) {
    if (error.code === "dev_tools_disabled") return new Response("Not found", { status: 404 });
    return json({ error: error.code, message: error.message, issues: error.issues }, error.status);
  }
  console.error("dev endpoint failed", error);
  return json({ error: "internal", message: "Something went wrong." }, 500);
}
