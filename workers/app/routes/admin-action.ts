import type { Context } from "hono";
import type { ReactElement } from "react";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { formBytesFor, readFormParts } from "@/app/_lib/form";
import type { Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { errorTable, type ErrorCode } from "@/workers/errors";
import type { AppBindings } from "../app-bindings";
import { seeOther } from "../error-exit";

type AdminContext = Context<AppBindings>;

/**
 * Admin forms carry more text than public ones. The longest is a notice's draft: every field at its
 * longest in English and in French (notices.schema.ts), data categories 50 of 200 each, about
 * 29,000 characters.
 */
const MAX_ADMIN_FORM_BYTES = formBytesFor(30_000);

const SIGN_IN_ON_FORMS: ReadonlySet<ErrorCode> = new Set(["unauthenticated"]);
/** A room admin page asked for by the vendor's admin (or a member) is a sign-in as someone else. */
const SIGN_IN_ON_ROOM_PAGES: ReadonlySet<ErrorCode> = new Set(["unauthenticated", "forbidden"]);

export interface AdminForm {
  fields: Map<string, string>;
  /** Files of a multipart form (the CSV import's upload); empty for other forms. */
  files: Map<string, File>;
  sessionToken: string;
  csrf: string;
  lang: Lang;
}

/**
 * The shape of every admin form post: read the form, attach the session and its anti-CSRF value
 * (the core checks both), run the change, then 303 to where the person should look next (or
 * answer with a page, e.g. the form again with its problems). Errors go to the router's exit,
 * which shows them with a link back to `backHref`; no session means sign in.
 */
export async function adminAction(
  c: AdminContext,
  backHref: string,
  change: (form: AdminForm) => Promise<string | Response>,
  maxBytes = MAX_ADMIN_FORM_BYTES,
): Promise<Response> {
  c.set("backHref", backHref);
  c.set("signInOn", SIGN_IN_ON_FORMS);
  const sessionToken = sessionTokenOf(c.req.raw);
  if (!sessionToken) throw new CoreError("unauthenticated", 401, [], errorTable.unauthenticated.title);
  const { fields, files } = await readFormParts(c.req.raw, c.var.lang, maxBytes);
  const next = await change({ fields, files, sessionToken, csrf: fields.get("csrf") ?? "", lang: c.var.lang });
  return typeof next === "string" ? seeOther(next) : next;
}

/** GET of a room admin page rendered by the router: sign in when needed, other errors link back to the rooms. */
export async function roomsPage(c: AdminContext, render: (lang: Lang) => Promise<ReactElement>, status = 200): Promise<Response> {
  c.set("backHref", `/admin/rooms?lang=${c.var.lang}`);
  c.set("signInOn", SIGN_IN_ON_ROOM_PAGES);
  return renderHtml(await render(c.var.lang), status);
}

/** The signed-in organisation admin, with what their forms need. */
export async function roomsSession(c: AdminContext) {
  const overview = unwrap(await c.env.CORE.rooms().overview({ sessionToken: sessionTokenOf(c.req.raw) }));
  return { csrf: overview.csrf, email: overview.email, overview };
}

/** A GET for the signed-in vendor or organisation admin (exports): no session means sign in. */
export function signInWhenNeeded(c: AdminContext, backHref: string) {
  c.set("backHref", backHref);
  c.set("signInOn", SIGN_IN_ON_FORMS);
}
