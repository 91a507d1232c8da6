import { core, CoreError, unwrap } from "../../../_lib/core";
import { langOf } from "../../../_lib/i18n/lang";
import { renderError, renderHtml } from "../../../_lib/render";
import { sessionTokenOf } from "../../../_lib/session";
import { NoticeFormPage } from "../../_components/notice-form";
import { adminAction, seeOther } from "../../_lib/action";

export const dynamic = "force-dynamic";

const FIELDS = ["name", "legalEntity", "purpose", "location", "transferMechanism", "website"] as const;

async function formContext(request: Request) {
  const sessionToken = sessionTokenOf(request);
  const api = await core();
  const session = unwrap(await api.admin().session({ sessionToken }));
  const subprocessors = unwrap(await api.admin().subprocessors({ sessionToken })).filter((s) => s.status === "active");
  return { csrf: session.csrf, subprocessors: subprocessors.map(({ id, name }) => ({ id, name })) };
}

// GET /admin/notices/new – the draft form.
export async function GET(request: Request) {
  const lang = langOf(request);
  try {
    return renderHtml(<NoticeFormPage lang={lang} {...await formContext(request)} />);
  } catch (error) {
    if (error instanceof CoreError && error.code === "unauthenticated") return seeOther(`/admin/sign-in?lang=${lang}`);
    return renderError(error, lang);
  }
}

/** The form's flat fields → the core's draft input: only what the chosen kind of change uses. */
function draftInput(fields: Map<string, string>) {
  const changeKind = fields.get("changeKind");
  const proposed: Record<string, string | string[]> = {};
  for (const field of FIELDS) {
    const value = fields.get(field)?.trim();
    if (value) proposed[field] = value;
  }
  const categories = (fields.get("dataCategories") ?? "").split(/[,\n]/).map((c) => c.trim()).filter(Boolean);
  if (categories.length) proposed.dataCategories = categories;
  const subprocessorId = fields.get("subprocessorId") || undefined;
  return {
    changeKind,
    reason: fields.get("reason") ?? "",
    ...(changeKind === "remove" ? { subprocessorId } : { subprocessorId: changeKind === "add" ? undefined : subprocessorId, proposed }),
  };
}

// POST /admin/notices/new – save a draft, then show it.
export async function POST(request: Request) {
  const lang = langOf(request);
  return adminAction(request, `/admin/notices/new?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const result = await (await core()).notices().draft({ sessionToken, csrf, ...draftInput(fields) });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "name_confusable")) {
      // The form again, with what was typed and each problem next to its field.
      return renderHtml(<NoticeFormPage lang={lang} {...await formContext(request)} values={fields} issues={result.error.issues} />, result.error.status);
    }
    const { noticeId } = unwrap(result);
    return `/admin/notices/${noticeId}?lang=${lang}&done=drafted`;
  });
}
