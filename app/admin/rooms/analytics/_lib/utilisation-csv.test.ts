import { describe, expect, it } from "vitest";
import type { RoomUtilisation, UtilisationSummary } from "@/workers/domain/utilisation";
import { utilisationCsv } from "./utilisation-csv";

function roomWith(overrides: Partial<RoomUtilisation>): RoomUtilisation {
  return {
    displayId: "d1",
    name: "Room",
    businessSamples: 0,
    occupiedShare: null,
    offlineShare: null,
    byHourOfWeek: new Array<number | null>(168).fill(null),
    rarelyUsed: false,
    oftenOffline: false,
    ...overrides,
  };
}

const summaryOf = (...rooms: RoomUtilisation[]): UtilisationSummary => ({ rooms, overallByHourOfWeek: [], from: null, to: null });

const linesOf = (csv: string) => csv.split("\r\n");

describe("utilisationCsv", () => {
  it("writes the fixed columns, then 168 hour columns Monday first", () => {
    const [header] = linesOf(utilisationCsv(summaryOf()));
    const columns = header?.split(",") ?? [];
    expect(columns.slice(0, 7)).toEqual(["display_id", "name", "business_samples", "occupied_share", "offline_share", "rarely_used", "often_offline"]);
    expect(columns).toHaveLength(7 + 168);
    expect(columns[7]).toBe("mon_00");
    expect(columns[7 + 23]).toBe("mon_23");
    expect(columns.at(-1)).toBe("sun_23");
  });

  it("maps the Sunday-first index onto the Monday-first columns", () => {
    const byHourOfWeek = new Array<number | null>(168).fill(null);
    byHourOfWeek[0 * 24 + 10] = 0.25; // Sunday 10:00
    byHourOfWeek[1 * 24 + 9] = 1; // Monday 09:00
    const csv = utilisationCsv(summaryOf(roomWith({ byHourOfWeek })));
    const [header, row] = linesOf(csv).map((line) => line.split(","));
    const cell = (column: string) => row?.[header?.indexOf(column) ?? -1];
    expect(cell("mon_09")).toBe("1.000");
    expect(cell("sun_10")).toBe("0.250");
    expect(cell("mon_10")).toBe("");
  });

  it("writes shares with three digits, empty for no data, and the flags", () => {
    const room = roomWith({ businessSamples: 12, occupiedShare: 2 / 3, offlineShare: null, rarelyUsed: false, oftenOffline: true });
    const row = linesOf(utilisationCsv(summaryOf(room)))[1]?.split(",");
    expect(row?.slice(0, 7)).toEqual(["d1", "Room", "12", "0.667", "", "false", "true"]);
  });

  it("quotes as RFC 4180 asks, ends lines with CRLF and disarms formulas", () => {
    const csv = utilisationCsv(summaryOf(roomWith({ name: 'Board "A", east' }), roomWith({ displayId: "d2", name: "=HYPERLINK(1)" }), roomWith({ displayId: "d3", name: "-1" })));
    const lines = linesOf(csv);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines).toHaveLength(5);
    expect(lines[1]?.startsWith('d1,"Board ""A"", east",0,')).toBe(true);
    expect(lines[2]?.startsWith("d2,'=HYPERLINK(1),0,")).toBe(true);
    expect(lines[3]?.startsWith("d3,'-1,0,")).toBe(true);
  });
});
