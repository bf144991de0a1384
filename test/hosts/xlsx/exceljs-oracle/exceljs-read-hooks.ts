/** ExcelJS 4.4 internals the oracle reader steers (as the ExcelJS reader did). */
import type ExcelJS from "exceljs";

interface XlsxInternals {
  parseWorkbook(stream: AsyncIterable<unknown>): Promise<unknown>;
}

function internals(workbook: ExcelJS.Workbook): XlsxInternals {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxInternals>;
  if (typeof xlsx.parseWorkbook !== "function") throw new Error("ExcelJS internal API changed");
  return xlsx as XlsxInternals;
}

/**
 * Keeps the text of xl/workbook.xml as ExcelJS parses it: ExcelJS drops the sheet scope of defined names and
 * reduces their formulas, so the reader reads names from this text. Returns a getter for the text.
 */
export function captureWorkbookXml(workbook: ExcelJS.Workbook): () => string | undefined {
  const xlsx = internals(workbook);
  const parse = xlsx.parseWorkbook;
  const decoder = new TextDecoder("utf-8");
  let captured: string | undefined;
  xlsx.parseWorkbook = async (stream) => {
    const parts: string[] = [];
    for await (const chunk of stream) {
      parts.push(typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array));
    }
    captured = parts.join("");
    // ExcelJS's sax reader accepts any async iterable of strings.
    return parse.call(xlsx, toAsync([captured]));
  };
  return () => captured;
}

/**
 * Keeps the model ExcelJS has parsed and stops it there: building Worksheet, Row and Cell objects from the
 * model takes a third to a half of ExcelJS's load time, and the reader needs only the model.
 * Returns a getter for the model.
 */
export function captureParsedModel(workbook: ExcelJS.Workbook): () => unknown {
  let captured: unknown;
  Object.defineProperty(workbook, "model", {
    configurable: true,
    get: () => captured,
    set: (model: unknown) => {
      captured = model;
    },
  });
  return () => captured;
}

async function* toAsync<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}
