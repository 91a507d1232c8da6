import { CsvError, parse } from "csv-parse/sync";

/**
 * CSV reading for imports, with csv-parse: quoted fields with commas, doubled quotes and line
 * breaks, CRLF or LF line ends, a UTF-8 BOM, rows of any length (the import says which line has
 * too few or too many cells). Each record keeps the line number it started on, so an import can
 * say exactly which line needs attention. Semicolons are the separator when the header uses them
 * and no comma (spreadsheet exports in French locales do).
 */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

export function parseCsv(input: string): CsvRecord[] {
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const records: CsvRecord[] = [];
  let lastLine = 0;
  try {
    parse(input, {
      bom: true,
      delimiter,
      record_delimiter: ["\r\n", "\n"],
      relax_column_count: true,
      // A quote inside an unquoted cell is a character, as spreadsheets write it (12" screen).
      relax_quotes: true,
      skip_empty_lines: true,
      // csv-parse counts the line a record ends on; a quoted line break makes it start earlier.
      on_record: (cells, { lines }) => {
        lastLine = lines;
        records.push({ line: lines - cells.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0), cells });
        return null;
      },
    });
    return records;
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED") throw new CsvSyntaxError(lineAfter(input, lastLine), "A quoted field is never closed.");
    throw error;
  }
}

/** The first non-blank line after line `line`: where the record that never ended began. */
function lineAfter(text: string, line: number): number {
  const lines = text.split(/\r?\n/);
  let index = line;
  while (index < lines.length - 1 && lines[index] === "") index++;
  return index + 1;
}
