import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DisplayForm } from "@/app/admin/rooms/_components/display-form";
import type { FieldIssue } from "@/workers/errors";
import { IssueSummary } from "./issue-summary";

const issues: FieldIssue[] = [
  { path: "name", code: "too_small", message: "Give the display a name." },
  { path: "roomEmail", code: "invalid_format", message: "Enter the room's email address." },
];

describe("a refused form's problems, above it", () => {
  it("are announced, labelled by a heading that says what did not happen, and link to each field", () => {
    const html = renderToStaticMarkup(<IssueSummary lang="en" issues={issues} heading="The display was not saved" id="display-errors" fieldOf={(issue) => issue.path} />);
    expect(html).toMatch(/^<div class="alert alert-error error-summary" role="alert" aria-labelledby="display-errors" tabindex="-1"><h2 id="display-errors">The display was not saved<\/h2>/);
    expect(html.match(/<li><a href="#(\w+)">/g)).toEqual(['<li><a href="#name">', '<li><a href="#roomEmail">']);
  });

  it("are nothing when nothing was refused", () => {
    expect(renderToStaticMarkup(<IssueSummary lang="en" issues={[]} heading="x" id="x" fieldOf={() => "x"} />)).toBe("");
  });

  it("on the display form: headed in the form's language, one level under the heading the form sits under", () => {
    const alone = renderToStaticMarkup(<DisplayForm lang="en" csrf="t" action="/admin/rooms/new" submitLabel="Add" issues={issues} />);
    expect(alone).toContain('<h2 id="display-errors">The display was not saved</h2>');
    const inSection = renderToStaticMarkup(<DisplayForm lang="fr" csrf="t" action="/admin/rooms/d1" submitLabel="Enregistrer" issues={issues} summaryLevel={3} />);
    expect(inSection).toContain('<h3 id="display-errors">L’écran n’a pas été enregistré</h3>');
    // Each link's target is a field of the form.
    for (const [, id] of inSection.matchAll(/<li><a href="#(\w+)">/g)) expect(inSection).toContain(`id="${id}"`);
    expect(renderToStaticMarkup(<DisplayForm lang="en" csrf="t" action="/admin/rooms/new" submitLabel="Add" />)).not.toContain("error-summary");
  });
});
