import { readFileSync } from "node:fs";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "./index";

/** Table → documented columns, from docs/privacy.md: a "### `table`" heading, then its table's first cells. */
function documentedColumns(): Map<string, Set<string>> {
  const inventory = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of readFileSync(new URL("../../docs/privacy.md", import.meta.url), "utf8").split("\n")) {
    const heading = line.match(/^### `([a-z_]+)`/);
    if (heading) inventory.set(heading[1]!, (current = new Set()));
    else if (line.startsWith("## ")) current = undefined;
    else if (current && line.startsWith("| ") && !line.startsWith("| ---") && !line.startsWith("| column")) {
      for (const column of line.split("|")[1]!.split(",")) current.add(column.trim());
    }
  }
  return inventory;
}

const tables = (Object.values(schema) as unknown[])
  .filter((value): value is SQLiteTable => value instanceof SQLiteTable)
  .map((table) => getTableConfig(table));

describe("data inventory (docs/privacy.md)", () => {
  const inventory = documentedColumns();

  it("reads the inventory", () => expect(inventory.size).toBeGreaterThanOrEqual(tables.length));

  it.each(tables.map((t) => [t.name, t.columns.map((c) => c.name)] as const))("documents every column of %s", (table, columns) => {
    expect(inventory.has(table), `docs/privacy.md has no section for ${table}`).toBe(true);
    const undocumented = columns.filter((column) => !inventory.get(table)!.has(column));
    expect(undocumented, `columns of ${table} missing from docs/privacy.md`).toEqual([]);
  });
});
