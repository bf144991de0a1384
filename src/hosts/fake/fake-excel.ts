import { parseRange } from "../../core/workbook-model/address";
import type { DocumentSettings, OfficeEnv } from "../office/office-env";
import type { RequestContextLike } from "../office/excel-api";
import { FakeRequestContext, type FakeAction, type RequestRecord } from "./request";
import {
  cellKey,
  SheetState,
  WorkbookState,
  type CellContent,
  type CellFormat,
  type FillState,
} from "./state";
import { FakeWorkbook } from "./workbook";

export interface FakeExcelOptions {
  /** The highest ExcelApi set available, "1.8" … "1.18" (default "1.18"). */
  apiVersion?: string;
  /** Request and response limit in bytes; Excel on the web's is 5 MB. */
  payloadBytes?: number;
  /** Whether Excel.createWorkbook exists (default true). */
  createWorkbook?: boolean;
  /** Makes the action fail with GeneralException when it runs, to test failures part-way. */
  failWhen?: (action: FakeAction) => boolean;
  /** Requests above this many bytes fail with GeneralException, as on Excel on the web (request.ts). */
  generalExceptionBytes?: number;
  workbookName?: string;
  displayLanguage?: string;
}

/** A cell for seeding: a plain value, or its parts. */
export type SeedCell =
  string | number | boolean | (Partial<CellContent> & { numberFormat?: string; fill?: FillState });

/** What the document holds, shared by the runtimes (the pane's and the ribbon's) that open it. */
interface SettingsDocument {
  saved: Record<string, unknown>;
}

/**
 * Office's document settings as one runtime sees them: set() changes its copy in memory, save()
 * (saveAsync) persists it, and refresh() (refreshAsync) reads the document again. Another runtime
 * (otherRuntime()) started with the document as it was then, and sees later saves only after refresh.
 */
export class FakeSettings implements DocumentSettings {
  readonly values: Map<string, unknown>;
  failSave?: string;

  constructor(private readonly document: SettingsDocument = { saved: {} }) {
    this.values = new Map(Object.entries(structuredClone(document.saved)));
  }

  /** What was persisted by the last save. */
  get saved(): Record<string, unknown> {
    return this.document.saved;
  }
  set saved(values: Record<string, unknown>) {
    this.document.saved = values;
  }

  otherRuntime(): FakeSettings {
    return new FakeSettings(this.document);
  }

  async refresh(): Promise<void> {
    this.values.clear();
    for (const [k, v] of Object.entries(structuredClone(this.document.saved))) this.values.set(k, v);
  }

  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  async save(): Promise<void> {
    if (this.failSave) throw new Error(this.failSave);
    this.saved = Object.fromEntries(this.values);
  }
}

/**
 * An in-memory Excel for tests: Excel.run, the Office.js objects hosts/office uses (see excel-api.ts), the
 * requirement sets, document settings and Excel.createWorkbook. It counts syncs and request sizes.
 */
export class FakeExcel {
  readonly state = new WorkbookState();
  readonly requests: RequestRecord[] = [];
  readonly settings = new FakeSettings();
  readonly createdWorkbooks: string[] = [];
  /** Excel.run calls. */
  runs = 0;
  private readonly apiMinor: number;

  constructor(readonly options: FakeExcelOptions = {}) {
    this.apiMinor = Number((options.apiVersion ?? "1.18").split(".")[1]);
    if (options.workbookName) this.state.name = options.workbookName;
  }

  /**
   * Excel.run: a new request context for the batch; what the batch leaves queued is sent when its promise
   * resolves, as Excel.run does.
   */
  async run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T> {
    this.runs += 1;
    const context = new FakeRequestContext(
      this.state,
      {
        payloadBytes: this.options.payloadBytes ?? 5_000_000,
        apiMinor: this.apiMinor,
        failWhen: this.options.failWhen,
        generalExceptionBytes: this.options.generalExceptionBytes,
      },
      this.requests,
    );
    context.workbook = new FakeWorkbook(context);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  get env(): OfficeEnv {
    return {
      run: (batch) => this.run(batch),
      isSetSupported: (name, minVersion) =>
        name === "ExcelApi" &&
        Number(minVersion.split(".")[0]) === 1 &&
        Number(minVersion.split(".")[1] ?? 0) <= this.apiMinor,
      settings: this.settings,
      createWorkbook:
        this.options.createWorkbook === false
          ? undefined
          : async (base64) => void this.createdWorkbooks.push(base64),
      displayLanguage: this.options.displayLanguage ?? "vi-VN",
    };
  }

  get syncs(): number {
    return this.requests.length;
  }

  /** Forgets the counted requests (after seeding through the API, before the operation measured). */
  resetCounts(): void {
    this.requests.length = 0;
    this.runs = 0;
  }

  // Seeding and inspection work on the state directly: they are not requests.

  addSheet(name: string, visibility = "Visible"): SheetState {
    const sheet = new SheetState(this.state.nextId("sheet"), name);
    sheet.visibility = visibility;
    this.state.sheets.push(sheet);
    this.state.activeSheetId ??= sheet.id;
    return sheet;
  }

  sheet(name: string): SheetState {
    const sheet = this.state.sheetByName(name);
    if (!sheet) throw new Error(`fake: no sheet "${name}"`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  setCells(sheetName: string, cells: Record<string, SeedCell>): void {
    const sheet = this.sheet(sheetName);
    for (const [address, seed] of Object.entries(cells)) {
      const { top: row, left: col } = parseRange(address);
      const key = cellKey(row, col);
      const parts = typeof seed === "object" ? seed : { value: seed };
      if (parts.value !== undefined || parts.formula !== undefined || parts.error !== undefined) {
        const content: CellContent = { value: parts.value ?? null };
        if (parts.formula !== undefined) content.formula = parts.formula;
        if (parts.error !== undefined) content.error = parts.error;
        sheet.cells.set(key, content);
      }
      if (parts.numberFormat !== undefined || parts.fill !== undefined) {
        const format = sheet.formats.get(key) ?? {};
        if (parts.numberFormat !== undefined) format.numberFormat = parts.numberFormat;
        if (parts.fill !== undefined) format.fill = { ...parts.fill };
        sheet.formats.set(key, format);
      }
    }
  }

  cell(sheetName: string, address: string): CellContent | undefined {
    const { top, left } = parseRange(address);
    return this.sheet(sheetName).cells.get(cellKey(top, left));
  }

  format(sheetName: string, address: string): CellFormat | undefined {
    const { top, left } = parseRange(address);
    return this.sheet(sheetName).formats.get(cellKey(top, left));
  }

  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.state.activeSheetId = sheet.id;
    // "A1:B2,D5": several areas, which getSelectedRange refuses.
    const areas = address.split(",");
    this.state.selection = { sheetId: sheet.id, range: parseRange(areas[0]), areas: areas.length };
  }
}
