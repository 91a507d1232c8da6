import { answerResponse, wireError, type CallShape } from "../../../emails/resend-wire";
import { core, CoreError, unwrap } from "../../_lib/core";

/**
 * Hands a Resend API call from our own resend client, as received, to the core's outbox, which
 * reads and answers it as Resend would (emails/resend-wire.ts). Dev tools only (404 otherwise).
 */
export async function acceptResendCall(request: Request, shape: CallShape): Promise<Response> {
  try {
    const call = { shape, authorization: request.headers.get("authorization"), idempotencyKey: request.headers.get("idempotency-key"), body: await request.text() };
    return answerResponse(unwrap(await (await core()).outbox().accept(call)));
  } catch (error) {
    if (error instanceof CoreError && error.code === "dev_tools_disabled") return new Response("Not found", { status: 404 });
    if (error instanceof CoreError && error.status < 500) return answerResponse(wireError("validation_error", error.message));
    console.error("outbox failed", error);
    return answerResponse(wireError("application_error", "The local outbox could not store the message."));
  }
}
