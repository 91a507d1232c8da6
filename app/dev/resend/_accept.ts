import { z } from "zod";
import { INVALID_IDEMPOTENT_REQUEST, wireBatch, wireEmail, wireError } from "../../../emails/resend-wire";
import { core, CoreError, unwrap } from "../../_lib/core";

/**
 * Handles a Resend API call from our own resend client: validates it as Resend would, hands it
 * to the core's outbox, answers in Resend's format. Dev tools only (404 otherwise).
 */
export async function acceptResendCall(request: Request, shape: "single" | "batch"): Promise<Response> {
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = (shape === "single" ? wireEmail.transform((e) => [e]) : wireBatch).safeParse(body);
  if (!parsed.success) return wireError(422, "validation_error", z.prettifyError(parsed.error));
  try {
    const idempotencyKey = request.headers.get("idempotency-key") ?? undefined;
    const { outcome, ids } = unwrap(await (await core()).outbox().accept({ emails: parsed.data, idempotencyKey }));
    if (outcome === "conflict") return wireError(409, INVALID_IDEMPOTENT_REQUEST, "Same idempotency key used with a different request payload.");
    return shape === "single" ? Response.json({ id: ids[0] }) : Response.json({ data: ids.map((id) => ({ id })) });
  } catch (error) {
    if (error instanceof CoreError && error.code === "dev_tools_disabled") return new Response("Not found", { status: 404 });
    if (error instanceof CoreError && error.status < 500) return wireError(422, "validation_error", error.message);
    console.error("outbox failed", error);
    return wireError(500, "application_error", "The local outbox could not store the message.");
  }
}
