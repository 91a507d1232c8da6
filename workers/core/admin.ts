import { RpcTarget } from "cloudflare:workers";
import { listAllSubprocessors } from "../../db/queries/public-list";
import { endSession, requireAdmin, requireSignedIn } from "../auth/session";
import { toResult } from "../errors";
import { getEvidence } from "../use-cases/get-evidence";
import { redeemMagicLink } from "../use-cases/redeem-magic-link";
import { requestMagicLink } from "../use-cases/request-magic-link";
import { redeemMagicLinkInput, requestMagicLinkInput, sessionInput } from "./admin.schema";
import { createContext, type AfterAnswer } from "./context";

/** Vendor admin: sign-in by emailed link, sessions, the subprocessor list and the evidence log. */
export class AdminApi extends RpcTarget {
  /** `execution` keeps work that runs after the answer (emails) alive: the RPC call's context. */
  constructor(
    private readonly env: CoreEnv,
    private readonly execution?: AfterAnswer,
  ) {
    super();
  }

  requestMagicLink(raw: unknown) {
    return toResult(async () => requestMagicLink(await createContext(this.env, this.execution), requestMagicLinkInput.parse(raw)));
  }

  redeemMagicLink(raw: unknown) {
    return toResult(async () => redeemMagicLink(await createContext(this.env, this.execution), redeemMagicLinkInput.parse(raw)));
  }

  /** Who is signed in (any role), with the anti-CSRF value their forms must send back. Pages route by role. */
  session(raw: unknown) {
    return toResult(async () => requireSignedIn(await createContext(this.env, this.execution), sessionInput.parse(raw).sessionToken));
  }

  /** Sign-out: the session ends in the core, so a copied cookie stops working too. */
  signOut(raw: unknown) {
    return toResult(async () => endSession(await createContext(this.env, this.execution), sessionInput.parse(raw).sessionToken));
  }

  subprocessors(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env, this.execution);
      await requireAdmin(ctx, sessionInput.parse(raw).sessionToken);
      return listAllSubprocessors(ctx.db);
    });
  }

  evidence(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env, this.execution);
      await requireAdmin(ctx, sessionInput.parse(raw).sessionToken);
      return getEvidence(ctx);
    });
  }
}
