import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import type { FieldIssue } from "@/workers/errors";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { translator } from "@/i18n/translate";
import { issuePlace, issueText } from "@/app/_lib/i18n/issue-text";
import { colon } from "@/app/_lib/i18n/lang";
import type { Lang } from "@/app/_lib/i18n/lang";
import { renderHtml } from "@/app/_lib/render";
import { RoomsDocument } from "@/app/admin/rooms/_lib/rooms-page";
import { adminAction, roomsPage, roomsSession } from "./admin-action";

/** Import is the one admin form that carries a file: the core's 512 KB of CSV, plus the form around it. */
const MAX_IMPORT_BYTES = 600 * 1024;

const EXAMPLE = `name,roomEmail,capacity,floor,building,equipment,businessHours
Atlas,atlas@example.com,8,1,North,screen;video,08:00-18:00
Borealis,borealis@example.com,4,1,North,whiteboard,08:00-18:00`;

function ImportPage({ lang, csrf, email, csv = "", issues = [], message }: { lang: Lang; csrf: string; email: string; csv?: string; issues?: FieldIssue[]; message?: string }) {
  const t = translator(lang, "adminRooms");
  const described = (hint: string) => (message ? `import-errors ${hint}` : hint);
  const invalid = message ? { "aria-invalid": true as const } : {};
  return (
    <RoomsDocument lang={lang} title={t("importTitle")} email={email} path="/admin/rooms/import">
      <h1>{t("importTitle")}</h1>
      <p className="lead">{t("importLead")}</p>
      {message && (
        <div className="alert alert-error" role="alert" id="import-errors">
          <p>{message}</p>
          {issues.length > 0 && <ul>{issues.map((issue, i) => <li key={i}><strong>{issuePlace(issue, lang)}</strong>{colon(lang)}{issueText(issue, lang)}</li>)}</ul>}
        </div>
      )}
      {/* multipart, so the file travels with the form: no JavaScript reads it. */}
      <form className="stack" method="post" action={`/admin/rooms/import?lang=${lang}`} encType="multipart/form-data">
        <input type="hidden" name="csrf" value={csrf} />
        <p className="hint" id="import-source-hint">{t("importSourceHint")}</p>
        <div className="field">
          <label htmlFor="csvFile">{t("csvFileLabel")}</label>
          <input type="file" id="csvFile" name="csvFile" accept=".csv,text/csv,text/plain" aria-describedby={described("import-source-hint")} {...invalid} />
        </div>
        <div className="field">
          <label htmlFor="csv">{t("csvLabel")}</label>
          <textarea id="csv" name="csv" rows={14} defaultValue={csv} aria-describedby={described("import-source-hint")} {...invalid} />
        </div>
        <div className="actions"><button type="submit">{t("importButton")}</button></div>
      </form>
      <h2 id="import-example">{t("example")}</h2>
      {/* Wider than a phone: focusable, so the keyboard can scroll it. */}
      <pre className="example" role="region" aria-labelledby="import-example" tabIndex={0}>{EXAMPLE}</pre>
    </RoomsDocument>
  );
}

// GET /admin/rooms/import – choose or paste a CSV.
export async function importDisplaysForm(c: Context<AppBindings>) {
  return roomsPage(c, async (lang) => {
    const { csrf, email } = await roomsSession(c);
    return <ImportPage lang={lang} csrf={csrf} email={email} />;
  });
}

// POST /admin/rooms/import – a chosen file, else the pasted text; all lines or none; problems listed by line number.
export async function importDisplays(c: Context<AppBindings>) {
  const lang = c.var.lang;
  const again = async (status: number, message: string, csv = "", issues: FieldIssue[] = []) => {
    const { csrf, email } = await roomsSession(c);
    return renderHtml(<ImportPage lang={lang} csrf={csrf} email={email} csv={csv} issues={issues} message={message} />, status);
  };
  try {
    return await adminAction(
      c,
      `/admin/rooms/import?lang=${lang}`,
      async ({ fields, files, sessionToken, csrf }) => {
        const upload = files.get("csvFile");
        const csv = upload && upload.size > 0 ? await textOf(upload) : (fields.get("csv") ?? "");
        if (csv === null) return again(400, translator(lang, "adminRooms")("importNotText"));
        const result = await c.env.CORE.rooms().importCsv({ sessionToken, csrf, csv });
        if (!result.ok && (result.error.code === "import_rejected" || result.error.code === "validation_failed")) {
          const issues = result.error.issues.length ? result.error.issues : [{ path: "csv", code: "invalid", message: result.error.message }];
          return again(400, translator(lang, "errors")(result.error.code), csv, issues);
        }
        // A concurrent import won the race: keep the text (the file's, when one was chosen) so the admin can trim it and retry.
        if (!result.ok && result.error.code === "import_conflict") return again(409, translator(lang, "errors")("import_conflict"), csv);
        const { imported } = unwrap(result);
        return `/admin/rooms?lang=${lang}&imported=${imported}`;
      },
      MAX_IMPORT_BYTES,
    );
  } catch (error) {
    // Larger than a form may be: say so on the import page, with the limit, not on a generic error page.
    if (error instanceof CoreError && error.code === "body_too_large") return again(413, translator(lang, "adminRooms")("importTooLarge"));
    throw error;
  }
}

/** The uploaded file as text, or null when it is not UTF-8 (a spreadsheet's legacy "CSV" export). */
async function textOf(file: File): Promise<string | null> {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return null;
  }
}
