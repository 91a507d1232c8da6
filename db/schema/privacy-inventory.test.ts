import { readFileSync } from "node:fs";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "./index";
import { documentedColumns, undocumentedColumns } from "./privacy-inventory.test-helper";

const tables = (Object.values(schema) as unknown[])
  .filter((value): value is SQLiteTable => value instanceof SQLiteTable)
  .map((table) => getTableConfig(table));

describe("data inventory of D1 (docs/privacy.md)", () => {
  const inventory = documentedColumns(readFileSync(new URL("../../docs/privacy.md", import.meta.url), "utf8"));

  it("reads the inventory", () => expect(inventory.size).toBeGreaterThanOrEqual(tables.length));

  it.each(tables.map((t) => [t.name, t.columns.map((c) => c.name)] as const))("names every column of %s with what it holds and why", (table, columns) => {
    expect(columns.length).toBeGreaterThan(0);
    expect(undocumentedColumns(inventory, table, columns), `columns of ${table} docs/privacy.md does not explain`).toEqual([]);
  });

  it("fails naming the column when one is missing or has no purpose", () => {
    const markdown = ["### `widgets`", "| column | holds | why |", "| --- | --- | --- |", "| id | `wdg_…` | links |", "| colour | a colour | |"].join("\n");
    expect(undocumentedColumns(documentedColumns(markdown), "widgets", ["id", "colour", "owner_email"])).toEqual([
      "widgets.colour: listed without what it holds and why",
      "widgets.owner_email: not listed",
    ]);
    expect(undocumentedColumns(documentedColumns(markdown), "gadgets", ["id"])).toEqual(['gadgets.id: no "### `gadgets`" section']);
  });
});
