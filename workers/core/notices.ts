import { RpcTarget } from "cloudflare:workers";
import { findNotice } from "../../db/queries/notices";
import { findObjection } from "../../db/queries/objections";
import { requireAdmin, requireAdminForChange } from "../auth/session";
import { AppError, orThrow, toResult } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { draftNotice } from "../use-cases/draft-notice";
import { getNotice } from "../use-cases/get-notice";
import { listNotices } from "../use-cases/list-notices";
import { createContext } from "./context";
import { draftInput, getInput, listInput, publishInput, resolveObjectionInput, withdrawInput } from "./notices.schema";

// Vendor admin RPC for notices: zod-parse input, check the session, call one use case or the
// notice's clock (which runs the use case inside its Durable Object), return a Result.
export class NoticesApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  list(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = listInput.parse(raw);
      await requireAdmin(ctx, input.sessionToken);
      return listNotices(ctx);
    });
  }

  get(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = getInput.parse(raw);
      await requireAdmin(ctx, input.sessionToken);
      return getNotice(ctx, input.noticeId);
    });
  }

  draft(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const { sessionToken, csrf, ...draft } = draftInput.parse(raw);
      const admin = await requireAdminForChange(ctx, sessionToken, csrf);
      return draftNotice(ctx, draft, admin.email);
    });
  }

  publish(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = publishInput.parse(raw);
      const admin = await requireAdminForChange(ctx, input.sessionToken, input.csrf);
      if (!(await findNotice(ctx.db, input.noticeId))) throw new AppError("not_found");
      const { noticeId, effectiveAt } = input;
      return orThrow(await noticeClock(this.env, noticeId).publish({ noticeId, effectiveAt, actor: admin.email }));
    });
  }

  withdraw(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = withdrawInput.parse(raw);
      const admin = await requireAdminForChange(ctx, input.sessionToken, input.csrf);
      if (!(await findNotice(ctx.db, input.noticeId))) throw new AppError("not_found");
      return orThrow(await noticeClock(this.env, input.noticeId).withdraw({ actor: admin.email, reason: input.reason }));
    });
  }

  resolveObjection(raw: unknown) {
    return toResult(async () => {
      const ctx = await createContext(this.env);
      const input = resolveObjectionInput.parse(raw);
      const admin = await requireAdminForChange(ctx, input.sessionToken, input.csrf);
      const objection = await findObjection(ctx.db, input.objectionId);
      if (!objection) throw new AppError("not_found");
      const { objectionId, remedy, note } = input;
      return orThrow(await noticeClock(this.env, objection.noticeId).resolveObjection({ objectionId, remedy, note, actor: admin.email }));
    });
  }
}
