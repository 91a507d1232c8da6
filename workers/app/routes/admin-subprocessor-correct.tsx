import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { CorrectionFormPage } from "@/app/admin/_components/correction-form";
import type { CoreService } from "@/app/_lib/core";
import { errorTable } from "@/workers/errors";
import { adminAction, signInWhenNeeded } from "./admin-action";
import { splitCategories } from "./admin-notice-draft";

const TEXT_FIELDS = ["name", "legalEntity", "purpose", "location", "transferMechanism", "website"] as const;
const FRENCH_TEXT_FIELDS = ["purpose", "location", "transferMechanism"] as const;

/** The listed subprocessor and the form's anti-CSRF value; a removed or unknown one is not found. */
async function correctionContext(api: CoreService, request: Request, id: string) {
  const sessionToken = sessionTokenOf(request);
  const { csrf } = unwrap(await api.admin().session({ sessionToken }));
  const listed = unwrap(await api.admin().subprocessors({ sessionToken })).find((s) => s.id === id && s.status === "active");
  if (!listed) throw new CoreError("not_found", errorTable.not_found.status, [], errorTable.not_found.title);
  return { csrf, listed };
}

// GET /admin/subprocessors/{id}/correct – the correction form, with the facts as listed.
export async function correctionForm(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  signInWhenNeeded(c, `/admin?lang=${lang}`);
  const { csrf, listed } = await correctionContext(c.env.CORE, c.req.raw, id);
  const values = new Map<string, string>(TEXT_FIELDS.map((field) => [field, listed[field]]));
  values.set("dataCategories", listed.dataCategories.join("\n"));
  for (const field of FRENCH_TEXT_FIELDS) values.set(`${field}Fr`, listed.french?.[field] ?? "");
  values.set("dataCategoriesFr", listed.french?.dataCategories?.join("\n") ?? "");
  return renderHtml(<CorrectionFormPage lang={lang} csrf={csrf} subprocessor={listed} values={values} />);
}

// POST /admin/subprocessors/{id}/correct – correct the listed facts at once, or say which need a notice.
export async function correctSubprocessor(c: Context<AppBindings>) {
  const id = c.req.param("id")!;
  const lang = c.var.lang;
  return adminAction(c, `/admin/subprocessors/${encodeURIComponent(id)}/correct?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const typed: Record<string, string | string[]> = Object.fromEntries(TEXT_FIELDS.flatMap((field) => (fields.has(field) ? [[field, fields.get(field)!.trim()]] : [])));
    if (fields.has("dataCategories")) typed.dataCategories = splitCategories(fields.get("dataCategories"));
    const result = await c.env.CORE.admin().correctSubprocessor({
      sessionToken,
      csrf,
      subprocessorId: id,
      fields: typed,
      correctionNote: fields.get("correctionNote") ?? "",
      correctionNoteFr: fields.get("correctionNoteFr") ?? "",
      french: frenchSent(fields),
    });
    if (!result.ok && (result.error.code === "validation_failed" || result.error.code === "correction_needs_notice")) {
      // The form again, with what was typed and each problem next to its field.
      const { listed } = await correctionContext(c.env.CORE, c.req.raw, id);
      return renderHtml(<CorrectionFormPage lang={lang} csrf={csrf} subprocessor={listed} values={fields} issues={result.error.issues} />, result.error.status);
    }
    unwrap(result);
    return `/admin?lang=${lang}&done=corrected`;
  });
}

/**
 * The French fields as the form sent them: each one the form showed replaces the French (emptied,
 * it drops it and French readers get the English); a form that sent none leaves the French alone.
 */
function frenchSent(fields: Map<string, string>) {
  const sent: Record<string, string | string[]> = Object.fromEntries(FRENCH_TEXT_FIELDS.flatMap((field) => (fields.has(`${field}Fr`) ? [[`${field}Fr`, fields.get(`${field}Fr`)!.trim()]] : [])));
  if (fields.has("dataCategoriesFr")) sent.dataCategoriesFr = splitCategories(fields.get("dataCategoriesFr"));
  return Object.keys(sent).length > 0 ? sent : undefined;
}
