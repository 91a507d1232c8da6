import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text alone", () => expect(csvCell("Cloudflare Inc")).toBe("Cloudflare Inc"));
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });
  it.each(["=HYPERLINK(\"http://evil\")", "+1+1", "-2", "@SUM(A1)", "\t=1", "\r=1"])("neutralises a formula: %j", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("neutralises and quotes together", () => expect(csvCell("=1,2")).toBe(`"'=1,2"`));
  it("keeps a formula sign that is not first", () => expect(csvCell("a=b")).toBe("a=b"));
});

describe("toCsv", () => {
  it("writes a header row and CRLF line ends, ending with one", () => {
    expect(toCsv(["id", "name"], [["sp_1", "A, B"], ["sp_2", "-x"]])).toBe('id,name\r\nsp_1,"A, B"\r\nsp_2,\'-x\r\n');
  });
  it("writes only the header for an empty list", () => expect(toCsv(["id"], [])).toBe("id\r\n"));
});
