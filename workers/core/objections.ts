import { RpcTarget } from "cloudflare:workers";
import { toResult } from "../errors";
import { requestObjectionLink } from "../use-cases/request-objection-link";
import { showObjectionForm } from "../use-cases/show-objection-form";
import { submitObjection } from "../use-cases/submit-objection";
import { createContext, type AfterAnswer } from "./context";
import { formInput, requestLinkInput, submitInput } from "./objections.schema";

// Public objection RPC: zod-parse input, call one use case, return a Result. Whether the window
// is open is decided by the notice's clock when an objection arrives, not here.
export class ObjectionsApi extends RpcTarget {
  /** `execution` keeps work that runs after the answer (emails) alive: the RPC call's context. */
  constructor(
    private readonly env: CoreEnv,
    private readonly execution?: AfterAnswer,
  ) {
    super();
  }

  form(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env, this.execution);
      return showObjectionForm(ctx, formInput.parse(raw));
    });
  }

  requestLink(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env, this.execution);
      return requestObjectionLink(ctx, requestLinkInput.parse(raw));
    });
  }

  submit(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env, this.execution);
      return submitObjection(ctx, submitInput.parse(raw));
    });
  }
}
