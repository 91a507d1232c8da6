import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CorrectionFormPage } from "./correction-form";
import { NoticeFormPage } from "./notice-form";
import { WithdrawForm } from "./withdraw-form";

// Issue 16 (ADR 020): every admin form that writes a fact or a reason has its optional French
// beside it, read as French, named as its errors name it, and keeps what was typed.

const typed = new Map([
  ["changeKind", "add"],
  ["purposeFr", "Analyse d’usage"],
  ["dataCategoriesFr", "Pages vues\nPays"],
  ["reasonFr", "Parce que."],
]);

describe("the French fields of the admin forms", () => {
  it("groups the draft's French in one fieldset of lang=fr inputs, with what was typed and each error by the field's name", () => {
    const issues = [{ path: "dataCategoriesFr.1", code: "control_character", message: "Data categories in French contains an invisible control character." }];
    const html = renderToStaticMarkup(<NoticeFormPage lang="fr" csrf="c" subprocessors={[]} values={typed} issues={issues} />);
    expect(html).toContain("<legend>Français (facultatif)</legend>");
    for (const field of ["purposeFr", "locationFr", "dataCategoriesFr", "transferMechanismFr", "reasonFr"]) expect(html).toMatch(new RegExp(`<(input|textarea)(?=[^>]* id="${field}")(?=[^>]* name="${field}")(?=[^>]* lang="fr")`));
    expect(html).toMatch(/<label for="purposeFr">Finalité en français<\/label>/);
    expect(html).toMatch(/id="purposeFr"[^>]*value="Analyse d’usage"/);
    expect(html).toContain("Pages vues\nPays</textarea>");
    expect(html).toContain('id="dataCategoriesFr-error"');
    expect(html).toMatch(/id="dataCategoriesFr"[^>]*aria-describedby="dataCategoriesFr-error dataCategoriesFr-hint"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/Le champ «\s?Catégories de données en français\s?»/);
    expect(html).toContain('href="#dataCategoriesFr"');
  });

  it("shows a correction's French facts and its note's French, linking an error nested under french. to its field", () => {
    const values = new Map([["purposeFr", "Hébergement"], ["correctionNoteFr", "Coquille."]]);
    const issues = [{ path: "french.locationFr", code: "line_break", message: "Processing location in French must fit on one line: remove the line break." }];
    const html = renderToStaticMarkup(<CorrectionFormPage lang="en" csrf="c" subprocessor={{ id: "sp_x", name: "X" }} values={values} issues={issues} />);
    expect(html).toMatch(/<label for="locationFr">Processing location in French<\/label>/);
    expect(html).toMatch(/id="purposeFr"[^>]*lang="fr"[^>]*value="Hébergement"/);
    expect(html).toContain("Coquille.</textarea>");
    expect(html).toContain('href="#locationFr"');
    expect(html).toContain('id="locationFr-error"');
    // Two French fieldsets (the facts, the note): their hints do not share an id.
    expect(html.match(/id="[^"]*-french-hint"/g)).toEqual(['id="purposeFr-french-hint"', 'id="correctionNoteFr-french-hint"']);
  });

  it("asks a withdrawal's reason in French too, and keeps it when refused", () => {
    const html = renderToStaticMarkup(<WithdrawForm lang="en" csrf="c" noticeId="ntc_1" values={new Map([["reason", " "], ["reasonFr", "Autre choix."]])} issues={[{ path: "reason", code: "too_small", message: "Reason is required." }]} />);
    expect(html).toMatch(/<label for="reasonFr">Reason in French<\/label>/);
    expect(html).toContain("Autre choix.</textarea>");
    expect(html).toContain('id="withdraw-reason-error"');
  });
});
