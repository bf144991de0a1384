import { useCallback, useMemo, useRef, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import type { ConsolidationInput } from "../../core/consolidation/model";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { checkFile, type FileInput } from "../../jobs/read-file";
import { distinctFiles, isLockFile, type GivenFile } from "../../jobs/select-inputs";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import { loadXlsx } from "../shared/xlsx-loader";
import { todaySerial } from "../../core/locale/clock";
import { readWorkbookInputs } from "../../jobs/workbook-units";

export type SourceStatus = "queued" | "reading" | "done";

/** One unit workbook to consolidate: a picked file, or a unit form in the open workbook. */
export interface SourceEntry {
  id: string;
  origin: "file" | "workbook";
  /** The file name, or the unit's name and sheet in the open workbook. */
  name: string;
  status: SourceStatus;
  /** Absent for a lock file, which is listed but not read. */
  input?: FileInput;
}

export interface Sources {
  entries: SourceEntry[];
  /** The sources read so far, in the order they were added, for the selection rule (jobs/select-inputs). */
  given: GivenFile[];
  /** The ids of `given`'s entries, in the same order. */
  givenIds: string[];
  /** The distinct inputs (without lock files and identical copies), for the Báo cáo pane. */
  inputs: ConsolidationInput[];
  progress: { done: number; total: number };
  reading: boolean;
  notice: PaneNotice | null;
  dismissNotice: () => void;
  addFiles: (files: readonly File[]) => Promise<void>;
  /** Reads the unit forms of the open workbook, replacing those read before. */
  addWorkbookSheets: () => Promise<void>;
  clear: () => void;
}

/** The Tổng hợp pane's sources; the App keeps them so the Báo cáo pane reports on the same files. */
export function useSources(host: WorkbookHost, campaign: Campaign): Sources {
  const [entries, setEntries] = useState<SourceEntry[]>([]);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const [reading, setReading] = useState(0);
  const nextId = useRef(0);
  // Files are read one at a time: ExcelJS holds a whole workbook in memory while reading it.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const update = useCallback((id: string, change: Partial<SourceEntry>) => {
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)));
  }, []);

  const enqueue = useCallback((job: () => Promise<void>) => {
    setReading((n) => n + 1);
    const run = queue.current.then(job).finally(() => setReading((n) => n - 1));
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const addFiles = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({
        file,
        entry: {
          id: `f${nextId.current++}`,
          origin: "file",
          name: file.name,
          status: "queued",
        } as SourceEntry,
      }));
      setEntries((list) => [...list, ...added.map((a) => a.entry)]);
      setNotice(null);
      return enqueue(async () => {
        const today = todaySerial();
        for (const [i, { file, entry }] of added.entries()) {
          if (isLockFile(file.name)) {
            update(entry.id, { status: "done" });
            continue;
          }
          update(entry.id, { status: "reading" });
          try {
            const reader = await loadXlsx();
            const load = async (): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());
            update(entry.id, {
              status: "done",
              input: await checkFile(file.name, load, campaign, { today, reader }),
            });
          } catch (error) {
            // Only loading the reader fails like this (files that cannot be read become findings).
            const left = new Set(added.slice(i).map((a) => a.entry.id));
            setEntries((list) => list.filter((e) => !left.has(e.id)));
            setNotice(errorNotice("consolidate.error.loadReader", error));
            return;
          }
        }
      });
    },
    [campaign, enqueue, update],
  );

  const addWorkbookSheets = useCallback(
    () =>
      enqueue(async () => {
        setNotice(null);
        try {
          const units = await readWorkbookInputs(host, campaign, todaySerial());
          setEntries((list) => [
            ...list.filter((e) => e.origin !== "workbook"),
            ...units.map((u): SourceEntry => ({
              id: `w${nextId.current++}`,
              origin: "workbook",
              name: u.label === u.key ? u.label : `${u.label} (${u.key})`,
              status: "done",
              input: { check: u.check },
            })),
          ]);
        } catch (error) {
          setNotice(errorNotice("consolidate.error.readWorkbook", error));
        }
      }),
    [campaign, enqueue, host],
  );

  const done = useMemo(() => entries.filter((e) => e.status === "done"), [entries]);
  const given = useMemo(() => done.map((e): GivenFile => ({ name: e.name, input: e.input })), [done]);
  const givenIds = useMemo(() => done.map((e) => e.id), [done]);
  const inputs = useMemo(() => distinctFiles(given).distinct.map((d) => d.input), [given]);

  return {
    entries,
    given,
    givenIds,
    inputs,
    progress: { done: done.length, total: entries.length },
    reading: reading > 0,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    addFiles,
    addWorkbookSheets,
    clear: useCallback(() => setEntries((list) => list.filter((e) => e.status !== "done")), []),
  };
}
