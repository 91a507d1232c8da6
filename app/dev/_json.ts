import { CoreError } from "../_lib/core";

/** The error answer of the dev routes still served by Next.js (the outbox); the rest go through the app worker's exit. */
export function jsonError(error: unknown): Response {
  if (error instanceof CoreError) {
    if (error.code === "dev_tools_disabled") return new Response("Not found", { status: 404 });
    return Response.json({ error: error.code, message: error.message, issues: error.issues }, { status: error.status, headers: { "cache-control": "no-store" } });
  }
  console.error("dev endpoint failed", error);
  return Response.json({ error: "internal", message: "Something went wrong." }, { status: 500, headers: { "cache-control": "no-store" } });
}
