import { RpcTarget } from "cloudflare:workers";
import { listAllSubprocessors } from "../../db/queries/public-list";
import { requireAdmin, requireSignedIn } from "../auth/session";
import { toResult } from "../errors";
import { getEvidence } from "../use-cases/get-evidence";
import { redeemMagicLink } from "../use-cases/redeem-magic-link";
import { requestMagicLink } from "../use-cases/request-magic-link";
import { redeemMagicLinkInput, requestMagicLinkInput, sessionInput } from "./admin.schema";
import { createContext } from "./context";

/** Vendor admin: sign-in by emailed link, sessions, the subprocessor list and the evidence log. */
export class AdminApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  requestMagicLink(raw: unknown) {
    return toResult(async () => requestMagicLink(await createContext(this.env), requestMagicLinkInput.parse(raw)));
  }

  redeemMagicLink(raw: unknown) {
    return toResult(async () => redeemMagicLink(await createContext(this.env), redeemMagicLinkInput.parse(raw)));
  }

  /** Who is signed in (any role), with the anti-CSRF value their forms must send back. Pages route by role. */
  session(raw: unknown) {
    return toResult(async () => requireSignedIn(await createContext(this.env), sessionInput.parse(raw).sessionToken));
  }

  subprocessors(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      await requireAdmin(ctx, sessionInput.parse(raw).sessionToken);
      return listAllSubprocessors(ctx.db);
    });
  }

  evidence(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      await requireAdmin(ctx, sessionInput.parse(raw).sessionToken);
      return getEvidence(ctx);
    });
  }
}
