import { isUniqueViolation } from "@/db/client";
import { DISPLAY_NAME_KEY, insertDisplays, listDisplayNames } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { DISPLAY_CSV_COLUMNS, displayForm } from "../core/rooms.schema";
import { CsvSyntaxError, parseCsv } from "../http/read-csv";
import { skeleton } from "../domain/names";
import { AppError, issueCode, type FieldIssue } from "../errors";
import { ownIssue } from "../field-issue-words";
import { newId } from "../ids";
import { roomBoard } from "../objects/room-board";

const MAX_ROWS = 2000;

/**
 * Bulk import from CSV: a header line naming the columns, then one display per line. Every line
 * is checked first; if any has a problem, nothing is imported and each problem is reported with
 * its line number; a name that looks like another one (an existing display's, or another line's)
 * is such a problem. Otherwise all lines are inserted in one D1 batch (all or nothing).
 */
export async function importDisplays(ctx: CoreContext, admin: OrgAdminIdentity, input: { csv: string }) {
  let records;
  try {
    records = parseCsv(input.csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw rejected([ownIssue({ path: `line ${error.line}`, code: "csv", params: { line: error.line } })]);
    throw error;
  }
  const [header, ...lines] = records;
  if (!header || lines.length === 0) throw rejected([ownIssue({ path: "line 1", code: "empty", params: { line: 1 } })]);
  if (lines.length > MAX_ROWS) throw rejected([ownIssue({ path: "file", code: "too_many", params: { max: MAX_ROWS } })]);
  const known = new Map<string, string>(DISPLAY_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = header.cells.map((cell) => known.get(cell.trim().toLowerCase().replace(/[\s_]/g, "")) ?? null);
  const issues: FieldIssue[] = header.cells.flatMap((cell, i) =>
    columns[i]
      ? []
      : [ownIssue({ path: "line 1", code: "unknown_column", params: { line: 1, column: cell.slice(0, 40), columns: DISPLAY_CSV_COLUMNS.join(", ") } })],
  );
  // Two cells naming one column ("capacity,Capacity") would let the last silently win over the first.
  for (const column of new Set(columns.filter((c, i) => c !== null && columns.indexOf(c) !== i))) {
    issues.push(ownIssue({ path: "line 1", code: "repeated_column", params: { line: 1, column: column! } }));
  }
  for (const required of ["name", "roomEmail", "capacity"] as const) {
    if (!columns.includes(required)) issues.push(ownIssue({ path: "line 1", code: "missing_column", params: { line: 1, column: required } }));
  }
  if (issues.length) throw rejected(issues);

  const existing = new Set<string>();
  const existingLookAlikes = new Map<string, string>();
  for (const { name } of await listDisplayNames(ctx.db, admin.orgId)) {
    existing.add(name);
    existingLookAlikes.set(skeleton(name), name);
  }
  const seen = new Map<string, number>();
  const seenLookAlikes = new Map<string, { name: string; line: number }>();
  const now = ctx.clock.now();
  const rows = [];
  for (const record of lines) {
    const fields: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = record.cells[i];
      if (column && value !== undefined && value !== "") fields[column] = value;
    });
    if (record.cells.length !== header.cells.length) {
      issues.push(ownIssue({ path: `line ${record.line}`, code: "cells", params: { line: record.line, cells: record.cells.length, expected: header.cells.length } }));
      continue;
    }
    const parsed = displayForm.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        issues.push({ path: `line ${record.line}`, code: issueCode(issue), message: `${issue.path.join(".")}: ${issue.message}`, field, params: { line: record.line } });
      }
      continue;
    }
    const name = parsed.data.name;
    const lookAlikeKey = skeleton(name);
    const existingLookAlike = existingLookAlikes.get(lookAlikeKey);
    const lineLookAlike = seenLookAlikes.get(lookAlikeKey);
    if (existing.has(name)) issues.push(ownIssue({ path: `line ${record.line}`, code: "taken", field: "name", params: { line: record.line, name } }));
    else if (seen.has(name)) issues.push(ownIssue({ path: `line ${record.line}`, code: "duplicate", field: "name", params: { line: record.line, name, otherLine: seen.get(name)! } }));
    else if (existingLookAlike !== undefined) issues.push(ownIssue({ path: `line ${record.line}`, code: "confusable", field: "name", params: { line: record.line, name: existingLookAlike, among: "existing" } }));
    else if (lineLookAlike) issues.push(ownIssue({ path: `line ${record.line}`, code: "confusable_line", field: "name", params: { line: record.line, name: lineLookAlike.name, otherLine: lineLookAlike.line } }));
    seen.set(name, record.line);
    if (!seenLookAlikes.has(lookAlikeKey)) seenLookAlikes.set(lookAlikeKey, { name, line: record.line });
    rows.push({ id: newId("dsp"), orgId: admin.orgId, ...parsed.data, tokenVersion: 1, pairedAt: null, createdAt: now, updatedAt: now });
  }
  if (issues.length) throw rejected(issues);
  const [first, ...rest] = insertDisplays(ctx.db, rows);
  try {
    if (first) await ctx.db.batch([first, ...rest]);
  } catch (error) {
    // Names were free when checked, but a concurrent import or save took one since; the batch
    // is all or nothing, so nothing of this import was written.
    if (isUniqueViolation(error, DISPLAY_NAME_KEY)) throw new AppError("import_conflict");
    throw error;
  }
  await roomBoard(ctx.env, admin.orgId).sync({ orgId: admin.orgId });
  return { imported: rows.length };
}

function rejected(issues: FieldIssue[]) {
  return new AppError("import_rejected", issues.slice(0, 200));
}

