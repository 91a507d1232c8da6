import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import privacyMarkdown from "../../docs/privacy.md?raw";
import { documentedColumns, undocumentedColumns } from "../../db/schema/privacy-inventory.test-helper";

// What the Durable Objects keep in their own SQLite storage is stored data too: every column of
// every table they create must be in docs/privacy.md, read here from the objects themselves.
const objects = {
  RoomBoard: env.ROOM_BOARD.get(env.ROOM_BOARD.idFromName("privacy-inventory")),
  NoticeClock: env.NOTICE_CLOCK.get(env.NOTICE_CLOCK.idFromName("privacy-inventory")),
  WebhookSender: env.WEBHOOK_SENDER.get(env.WEBHOOK_SENDER.idFromName("privacy-inventory")),
};

/** The tables an object created (workerd's own `_cf_` tables and SQLite's aside) and their columns. */
async function tablesOf(stub: DurableObjectStub): Promise<Map<string, string[]>> {
  return runInDurableObject(stub, (_object, state) => {
    const sql = state.storage.sql;
    const names = sql.exec<{ name: string }>("select name from sqlite_master where type = 'table' and name not like '\\_cf\\_%' escape '\\' and name not like 'sqlite\\_%' escape '\\'").toArray();
    return new Map(names.map(({ name }) => [name, sql.exec<{ name: string }>("select name from pragma_table_info(?)", name).toArray().map((c) => c.name)]));
  });
}

describe("data inventory of the Durable Objects (docs/privacy.md)", () => {
  const inventory = documentedColumns(privacyMarkdown);

  it.each(Object.entries(objects))("names every column %s keeps with what it holds and why", async (object, stub) => {
    const tables = await tablesOf(stub);
    expect(tables.size).toBeGreaterThan(0);
    const missing = [...tables].flatMap(([table, columns]) => undocumentedColumns(inventory, `${object}.${table}`, columns));
    expect(missing, `columns of ${object} docs/privacy.md does not explain`).toEqual([]);
  });
});
