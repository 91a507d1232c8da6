import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import type { FieldIssue } from "@/workers/errors";
import { unwrap } from "@/app/_lib/core-result";
import { commonText } from "@/app/_lib/i18n/common";
import { issuePlace, issueText } from "@/app/_lib/i18n/issue-text";
import { colon } from "@/app/_lib/i18n/lang";
import type { Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { adminAction } from "./admin-action";
import { roomsText } from "@/app/admin/rooms/_i18n";
import { RoomsDocument } from "@/app/admin/rooms/_lib/rooms-page";
import { roomsPage, roomsSession } from "./admin-action";

/** Import is the one admin form that carries a file's worth of text. */
const MAX_IMPORT_BYTES = 600 * 1024;

const EXAMPLE = `name,roomEmail,capacity,floor,building,equipment,businessHours
Atlas,atlas@example.com,8,1,North,screen;video,08:00-18:00
Borealis,borealis@example.com,4,1,North,whiteboard,08:00-18:00`;

function ImportPage({ lang, csrf, email, csv = "", issues = [], message }: { lang: Lang; csrf: string; email: string; csv?: string; issues?: FieldIssue[]; message?: string }) {
  const t = roomsText(lang);
  return (
    <RoomsDocument lang={lang} title={t.importTitle} email={email} path="/admin/rooms/import">
      <h1>{t.importTitle}</h1>
      <p className="lead">{t.importLead}</p>
      {message && (
        <div className="alert alert-error" role="alert" id="import-errors">
          <p>{message}</p>
          {issues.length > 0 && <ul>{issues.map((issue, i) => <li key={i}><strong>{issuePlace(issue, lang)}</strong>{colon(lang)}{issueText(issue, lang)}</li>)}</ul>}
        </div>
      )}
      <form className="stack" method="post" action={`/admin/rooms/import?lang=${lang}`}>
        <input type="hidden" name="csrf" value={csrf} />
        <div className="field">
          <label htmlFor="csv">{t.csvLabel}</label>
          <textarea id="csv" name="csv" rows={14} defaultValue={csv} required {...(message ? { "aria-describedby": "import-errors", "aria-invalid": true } : {})} />
        </div>
        <div className="actions"><button type="submit">{t.importButton}</button></div>
      </form>
      <h2>{t.example}</h2>
      <pre className="example">{EXAMPLE}</pre>
    </RoomsDocument>
  );
}

// GET /admin/rooms/import – paste a CSV.
export async function importDisplaysForm(c: Context<AppBindings>) {
  return roomsPage(c, async (lang) => {
    const { csrf, email } = await roomsSession(c);
    return <ImportPage lang={lang} csrf={csrf} email={email} />;
  });
}

// POST /admin/rooms/import – all lines or none; problems listed by line number.
export async function importDisplays(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(
    c,
    `/admin/rooms/import?lang=${lang}`,
    async ({ fields, sessionToken, csrf }) => {
      const csv = fields.get("csv") ?? "";
      const result = await c.env.CORE.rooms().importCsv({ sessionToken, csrf, csv });
      if (!result.ok && (result.error.code === "import_rejected" || result.error.code === "validation_failed")) {
        const { email } = await roomsSession(c);
        const issues = result.error.issues.length ? result.error.issues : [{ path: "csv", code: "invalid", message: result.error.message }];
        return renderHtml(<ImportPage lang={lang} csrf={csrf} email={email} csv={csv} issues={issues} message={commonText(lang).errors[result.error.code]} />, 400);
      }
      // A concurrent import won the race: keep the pasted text so the admin can trim it and retry.
      if (!result.ok && result.error.code === "import_conflict") {
        const { email } = await roomsSession(c);
        return renderHtml(<ImportPage lang={lang} csrf={csrf} email={email} csv={csv} message={commonText(lang).errors.import_conflict} />, 409);
      }
      const { imported } = unwrap(result);
      return `/admin/rooms?lang=${lang}&imported=${imported}`;
    },
    MAX_IMPORT_BYTES,
  );
}
