import { requestObjectionLink } from "../use-cases/request-objection-link";
import { showObjectionForm } from "../use-cases/show-objection-form";
import { submitObjection } from "../use-cases/submit-objection";
import { formInput, requestLinkInput, requestLinkOutput, submitInput, submitOutput } from "./objections.schema";
import { objectionFormOutput } from "./objections-output.schema";
import { mutation, query, rpcArea } from "./procedure";

/**
 * The public objection form: links and submissions. Public: a customer proves who they are with
 * the personal link emailed to them. Whether the window is open is decided by the notice's clock
 * when an objection arrives, not here.
 */
export const ObjectionsApi = rpcArea({
  form: query({ access: "public", input: formInput, output: objectionFormOutput, run: (ctx, input) => showObjectionForm(ctx, input) }),
  requestLink: mutation({ access: "public", input: requestLinkInput, output: requestLinkOutput, run: (ctx, input) => requestObjectionLink(ctx, input) }),
  submit: mutation({ access: "public", input: submitInput, output: submitOutput, run: (ctx, input) => submitObjection(ctx, input) }),
});
