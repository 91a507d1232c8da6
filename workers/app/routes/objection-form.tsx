import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import type { CoreService } from "@/app/_lib/core";
import { clientAddress, CoreError, unwrap } from "@/app/_lib/core-result";
import { translator } from "@/i18n/translate";
import { hasOwnWording, issueText } from "@/app/_lib/i18n/issue-text";
import { isLang, type Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { fieldError } from "@/app/subprocessors/_lib/field-error";
import { isLinkProblem, LinkProblemPage, MessagePage } from "@/app/subprocessors/_components/message-page";
import {
  emptyObjection,
  ObjectionFormPage,
  ObjectionLinkSentPage,
  ObjectionReceivedPage,
  WindowClosedPage,
  type ObjectionFormView,
  type ObjectionValues,
} from "@/app/subprocessors/_components/objection-pages";
import { readForm } from "@/app/_lib/form";

/** The deadline has passed, or the notice was withdrawn or took effect: objections are closed. */
const CLOSED = new Set(["objection_window_closed", "notice_not_published", "notice_final"]);

async function loadForm(core: CoreService, noticeId: string, token?: string): Promise<ObjectionFormView> {
  return unwrap(await core.objections().form({ noticeId, token }));
}

/** Unknown ids and ids that are not even shaped like one are the same 404. */
function notFoundOr(error: unknown, lang: Lang): unknown {
  if (error instanceof CoreError && error.code === "validation_failed" && error.issues.some((i) => i.path === "noticeId")) {
    return new CoreError("not_found", 404, [], translator(lang, "errors")("not_found"));
  }
  return error;
}

/** A bad link or an unknown notice, as this form words them; anything else goes to the router's exit. */
function pageForObjectionError(error: unknown, lang: Lang, noticeId: string) {
  if (isLinkProblem(error)) {
    const t = translator(lang, "subprocessors");
    const href = `/subprocessors/notices/${encodeURIComponent(noticeId)}/object?lang=${lang}`;
    return renderHtml(
      <LinkProblemPage lang={lang} error={error} path={`/subprocessors/notices/${encodeURIComponent(noticeId)}/object`}>
        {t("objectLinkProblem")} <a href={href}>{t("openObjectionForm")}</a>
      </LinkProblemPage>,
      error.status,
    );
  }
  const known = notFoundOr(error, lang);
  if (known instanceof CoreError && known.code === "not_found") {
    const t = translator(lang, "subprocessors");
    return renderHtml(<MessagePage lang={lang} title={t("noticeNotFoundTitle")} path="/subprocessors" tone="error"><p>{t("noticeNotFoundText")}</p></MessagePage>, 404);
  }
  throw known;
}

// GET /subprocessors/notices/{id}/object[?token=…] – the objection form, or why it is closed.
export async function objectionForm(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  const id = c.req.param("id")!;
  try {
    const token = new URL(request.url).searchParams.get("token") || undefined;
    const view = await loadForm(c.env.CORE, id, token);
    if (!view.windowOpen) return renderHtml(<WindowClosedPage lang={lang} view={view} />);
    const values = { ...emptyObjection, contactEmail: view.prefillEmail ?? "" };
    return renderHtml(<ObjectionFormPage lang={lang} view={view} token={token} values={values} />);
  } catch (error) {
    return pageForObjectionError(error, lang, id);
  }
}

// POST /subprocessors/notices/{id}/object – intent=link asks for a personal link; otherwise submits an objection.
export async function object(c: Context<AppBindings>) {
  const request = c.req.raw;
  const lang = c.var.lang;
  const id = c.req.param("id")!;
  try {
    const form = await readForm(request, lang);
    const chosen = form.get("lang");
    const objectionLang: Lang = isLang(chosen) ? chosen : lang;
    const token = form.get("token") || new URL(request.url).searchParams.get("token") || undefined;
    const values: ObjectionValues = {
      organisation: form.get("organisation") ?? "",
      contactEmail: (form.get("contactEmail") ?? "").trim(),
      grounds: form.get("grounds") ?? "",
      linkEmail: (form.get("email") ?? "").trim(),
    };
    const objections = c.env.CORE.objections();

    if (form.get("intent") === "link") {
      try {
        unwrap(await objections.requestLink({ noticeId: id, email: values.linkEmail.toLowerCase(), lang: objectionLang, client: clientAddress(request) }));
      } catch (error) {
        if (!(error instanceof CoreError) || error.code !== "validation_failed" || !error.issues.some((i) => i.path === "email")) throw error;
        const errors = [{ fieldId: "link-email", message: fieldError(lang, "email", error.message) }];
        return renderHtml(<ObjectionFormPage lang={lang} view={await loadForm(c.env.CORE, id)} values={values} errors={errors} />, 400);
      }
      const t = translator(lang, "subprocessors");
      return renderHtml(
        <MessagePage lang={lang} title={t("checkInboxTitle")} path={`/subprocessors/notices/${encodeURIComponent(id)}/object`} tone="ok">
          <p>{t("checkInboxLink", { email: values.linkEmail.toLowerCase() })}</p>
          <p>{t("checkInboxSpam")}</p>
        </MessagePage>,
      );
    }

    try {
      const outcome = unwrap(
        await objections.submit({ noticeId: id, token, client: clientAddress(request), organisation: values.organisation, contactEmail: values.contactEmail, grounds: values.grounds, lang: objectionLang }),
      );
      if (outcome.status === "link_sent") return renderHtml(<ObjectionLinkSentPage lang={lang} noticeId={id} values={values} />, 202);
      return renderHtml(<ObjectionReceivedPage lang={lang} noticeId={id} received={outcome} contactEmail={values.contactEmail.toLowerCase()} />);
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      if (CLOSED.has(error.code)) return renderHtml(<WindowClosedPage lang={lang} view={await loadForm(c.env.CORE, id)} />, 409);
      const fieldIssues = error.code === "validation_failed" ? error.issues.filter((i) => ["organisation", "contactEmail", "grounds"].includes(i.path)) : [];
      if (fieldIssues.length === 0) throw error;
      // A problem the core words itself (the link's own address, a refused character) is phrased from its code; the rest from the field.
      const messageOf = (i: (typeof fieldIssues)[number]) => (hasOwnWording(i) ? issueText(i, lang) : fieldError(lang, i.path, i.message));
      const errors = [...new Map(fieldIssues.map((i) => [i.path, { fieldId: i.path, message: messageOf(i) }])).values()];
      const view = await loadForm(c.env.CORE, id, token);
      if (!view.windowOpen) return renderHtml(<WindowClosedPage lang={lang} view={view} />, 409);
      return renderHtml(<ObjectionFormPage lang={lang} view={view} token={token} values={values} errors={errors} />, 400);
    }
  } catch (error) {
    return pageForObjectionError(error, lang, id);
  }
}
