import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { NoticeFormPage } from "@/app/admin/_components/notice-form";
import type { CoreService } from "@/app/_lib/core";
import { adminAction, signInWhenNeeded } from "./admin-action";

const FIELDS = ["name", "legalEntity", "purpose", "location", "transferMechanism", "website"] as const;

/** What the draft form needs besides its values: the anti-CSRF value and the subprocessors a change can be about. */
export async function formContext(api: CoreService, request: Request) {
  const sessionToken = sessionTokenOf(request);
  const session = unwrap(await api.admin().session({ sessionToken }));
  const subprocessors = unwrap(await api.admin().subprocessors({ sessionToken })).filter((s) => s.status === "active");
  return { csrf: session.csrf, subprocessors: subprocessors.map(({ id, name }) => ({ id, name })) };
}

// GET /admin/notices/new – the draft form.
export async function noticeDraftForm(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  signInWhenNeeded(c, `/subprocessors?lang=${lang}`);
  return renderHtml(<NoticeFormPage lang={lang} {...await formContext(c.env.CORE, request)} />);
}

/** The form's flat fields → the core's draft input: only what the chosen kind of change uses. */
export function draftInput(fields: Map<string, string>) {
  const changeKind = fields.get("changeKind");
  const proposed: Record<string, string | string[]> = {};
  for (const field of FIELDS) {
    const value = fields.get(field)?.trim();
    if (value) proposed[field] = value;
  }
  const categories = splitCategories(fields.get("dataCategories"));
  if (categories.length) proposed.dataCategories = categories;
  const subprocessorId = fields.get("subprocessorId") || undefined;
  // French is optional beside the English (ADR 020); the core reads an empty field as none.
  const reasonFr = fields.get("reasonFr") ?? "";
  return {
    changeKind,
    reason: fields.get("reason") ?? "",
    reasonFr,
    ...(changeKind === "remove" ? { subprocessorId } : { subprocessorId: changeKind === "add" ? undefined : subprocessorId, proposed, ...frenchFactsOf(fields) }),
  };
}

/**
 * The French facts as the core takes them: text as typed (empty is none), data categories split
 * like the English ones, or none at all when the field is empty.
 */
function frenchFactsOf(fields: Map<string, string>) {
  const categories = splitCategories(fields.get("dataCategoriesFr"));
  return {
    purposeFr: fields.get("purposeFr")?.trim() ?? "",
    locationFr: fields.get("locationFr")?.trim() ?? "",
    transferMechanismFr: fields.get("transferMechanismFr")?.trim() ?? "",
    dataCategoriesFr: categories.length > 0 ? categories : undefined,
  };
}

/** Data categories as typed: one per line or between commas. */
export function splitCategories(typed: string | undefined): string[] {
  return (typed ?? "").split(/[,\n]/).map((c) => c.trim()).filter(Boolean);
}

// POST /admin/notices/new – save a draft, then show it.
export async function draftNotice(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  return adminAction(c, `/admin/notices/new?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const result = await c.env.CORE.notices().draft({ sessionToken, csrf, ...draftInput(fields) });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "name_confusable")) {
      // The form again, with what was typed and each problem next to its field.
      return renderHtml(<NoticeFormPage lang={lang} {...await formContext(c.env.CORE, request)} values={fields} issues={result.error.issues} />, result.error.status);
    }
    const { noticeId } = unwrap(result);
    return `/admin/notices/${noticeId}?lang=${lang}&done=drafted`;
  });
}
