/** One documented column: what it holds and why we keep it, as docs/privacy.md states them. */
export interface DocumentedColumn {
  holds: string;
  why: string;
}

/**
 * Table → column → its documented purpose, from docs/privacy.md: a "### `table`" heading (a
 * Durable Object's own table as "### `Object.table`"), then a table whose rows are
 * "| columns | holds | why |". Used by the D1 test (Node) and the Durable Object test (workerd),
 * which read the file each in their own way.
 */
export function documentedColumns(markdown: string): Map<string, Map<string, DocumentedColumn>> {
  const inventory = new Map<string, Map<string, DocumentedColumn>>();
  let current: Map<string, DocumentedColumn> | undefined;
  for (const line of markdown.split("\n")) {
    const heading = line.match(/^### `([A-Za-z_.]+)`/);
    if (heading) inventory.set(heading[1]!, (current = new Map()));
    else if (line.startsWith("## ")) current = undefined;
    else if (current && line.startsWith("| ") && !line.startsWith("| ---") && !line.startsWith("| column")) {
      const [columns = "", holds = "", why = ""] = line.split("|").slice(1).map((cell) => cell.trim());
      for (const column of columns.split(",")) current.set(column.trim(), { holds, why });
    }
  }
  return inventory;
}

/**
 * The columns of `table` that docs/privacy.md does not name with what they hold and why, each as
 * a sentence naming the column, so a failure says what to write.
 */
export function undocumentedColumns(inventory: ReturnType<typeof documentedColumns>, table: string, columns: string[]): string[] {
  const documented = inventory.get(table);
  if (!documented) return columns.map((column) => `${table}.${column}: no "### \`${table}\`" section`);
  return columns.flatMap((column) => {
    const entry = documented.get(column);
    if (!entry) return [`${table}.${column}: not listed`];
    if (!entry.holds || !entry.why) return [`${table}.${column}: listed without what it holds and why`];
    return [];
  });
}
