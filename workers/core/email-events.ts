import { recordEmailEvent } from "../use-cases/record-email-event";
import { emailEventInput, emailEventOutcome } from "./email-events.schema";
import { mutation, rpcArea } from "./procedure";

/** What the email provider tells us after sending: delivery webhooks. */
export const EmailEventsApi = rpcArea({
  // Public: the webhook's signature, checked in the use case, is the proof.
  record: mutation({ access: "public", input: emailEventInput, output: emailEventOutcome, run: (ctx, input) => recordEmailEvent(ctx, input) }),
});
