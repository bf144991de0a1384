import { useCallback, useMemo, useRef, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import type { ConsolidationInput } from "../../core/consolidation/model";
import type { WorkbookHost } from "../../hosts/workbook-host";
import type { FileInput } from "../../jobs/read-file";
import { distinctFiles, isCompanionFile, type GivenFile } from "../../jobs/select-inputs";
import type { StatusText } from "../shared/LiveStatus";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import { loadChecks } from "../shared/load-checks";
import { loadXlsx } from "../shared/xlsx-loader";
import { todaySerial } from "../../core/locale/clock";

export type SourceStatus = "queued" | "reading" | "done";

/** One unit workbook to consolidate: a picked file, or a unit form in the open workbook. */
export interface SourceEntry {
  id: string;
  origin: "file" | "workbook";
  /** The file name, or the unit's name and sheet in the open workbook. */
  name: string;
  status: SourceStatus;
  /** Absent for a companion file (a lock file, macOS metadata), which is listed but not read. */
  input?: FileInput;
}

export interface Sources {
  entries: SourceEntry[];
  /** The sources read so far, in the order they were added, for the selection rule (jobs/select-inputs). */
  given: GivenFile[];
  /** The ids of `given`'s entries, in the same order. */
  givenIds: string[];
  /** The distinct inputs (without companion files and identical copies), for the Báo cáo pane. */
  inputs: ConsolidationInput[];
  /** The files of the reading under way (or the last one): read so far, and in all. */
  progress: { done: number; total: number };
  reading: boolean;
  /** What the live region says: that reading started, and when it ended how; never each file. */
  announcement: StatusText | null;
  notice: PaneNotice | null;
  dismissNotice: () => void;
  /** Adds files; a file of the same name as one in the list replaces it (opened twice, it is one file). */
  addFiles: (files: readonly File[]) => Promise<void>;
  /** Reads the unit forms of the open workbook, replacing those read before. */
  addWorkbookSheets: () => Promise<void>;
  /** Takes one file or sheet off the list; a file still waiting is not read. */
  remove: (id: string) => void;
  /** Stops reading: the files waiting are dropped, the files read so far are kept. */
  cancel: () => void;
  clear: () => void;
}

interface Batch {
  total: number;
  done: number;
  cancelled: boolean;
}

function announcementOf(batch: Batch | null, reading: boolean): StatusText | null {
  if (!batch) return null;
  if (reading) return { key: "consolidate.reading.start", params: { total: batch.total } };
  if (batch.cancelled)
    return { key: "consolidate.reading.cancelled", params: { done: batch.done, total: batch.total } };
  return { key: "consolidate.reading.done", params: { done: batch.done } };
}

/** The Tổng hợp pane's sources; the App keeps them so the Báo cáo pane reports on the same files. */
export function useSources(host: WorkbookHost, campaign: Campaign): Sources {
  const [entries, setEntries] = useState<SourceEntry[]>([]);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const [sheetsReading, setSheetsReading] = useState(0);
  const [batch, setBatch] = useState<Batch | null>(null);
  const nextId = useRef(0);
  /** Bumped by cancel: a reading job started before it stops at the next file. */
  const generation = useRef(0);
  /** Entries taken off the list while waiting or being read. */
  const removed = useRef(new Set<string>());
  // Files are read one at a time: a workbook is held whole in memory while it is read.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const update = useCallback((id: string, change: Partial<SourceEntry>) => {
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)));
  }, []);

  const enqueue = useCallback((job: () => Promise<void>) => {
    const run = queue.current.then(job);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);
  const pending = entries.some((e) => e.status !== "done");

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
      const names = new Set(files.map((f) => f.name));
      const replaced = entries.filter((e) => e.origin === "file" && names.has(e.name));
      const unread = replaced.filter((e) => e.status !== "done").length;
      replaced.forEach((e) => removed.current.add(e.id));
      setEntries((list) => [...list.filter((e) => !removed.current.has(e.id)), ...added.map((a) => a.entry)]);
      setBatch((b) =>
        b && b.done < b.total && !b.cancelled
          ? { ...b, total: b.total + added.length - unread }
          : { total: added.length, done: 0, cancelled: false },
      );
      setNotice(null);
      const started = generation.current;
      return enqueue(async () => {
        const today = todaySerial();
        const stopped = (): boolean => generation.current !== started;
        const finish = (id: string, change: Partial<SourceEntry>): void => {
          if (stopped() || removed.current.has(id)) return;
          update(id, change);
          setBatch((b) => (b ? { ...b, done: b.done + 1 } : b));
        };
        for (const [i, { file, entry }] of added.entries()) {
          if (stopped()) return;
          if (removed.current.has(entry.id)) continue;
          if (isCompanionFile(file.name)) {
            finish(entry.id, { status: "done" });
            continue;
          }
          update(entry.id, { status: "reading" });
          try {
            const [reader, { checkFile }] = await Promise.all([loadXlsx(), loadChecks()]);
            const load = async (): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());
            const input = await checkFile(file.name, load, campaign, { today, reader });
            finish(entry.id, { status: "done", input });
          } catch (error) {
            // Only loading the reader fails like this (files that cannot be read become findings).
            const left = new Set(added.slice(i).map((a) => a.entry.id));
            setEntries((list) => list.filter((e) => !left.has(e.id)));
            setBatch((b) => (b ? { ...b, total: b.total - left.size } : b));
            setNotice(errorNotice("consolidate.error.loadReader", error));
            return;
          }
        }
      });
    },
    [campaign, enqueue, update, entries],
  );

  const addWorkbookSheets = useCallback(
    () =>
      enqueue(async () => {
        setNotice(null);
        setSheetsReading((n) => n + 1);
        try {
          const { readWorkbookInputs } = await loadChecks();
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
        } finally {
          setSheetsReading((n) => n - 1);
        }
      }),
    [campaign, enqueue, host],
  );

  const remove = useCallback(
    (id: string) => {
      removed.current.add(id);
      if (entries.some((e) => e.id === id && e.status !== "done"))
        setBatch((b) => (b ? { ...b, total: b.total - 1 } : b));
      setEntries((list) => list.filter((e) => e.id !== id));
    },
    [entries],
  );

  const cancel = useCallback(() => {
    generation.current++;
    setEntries((list) => list.filter((e) => e.status === "done"));
    setBatch((b) => (b && b.done < b.total ? { ...b, cancelled: true } : b));
  }, []);

  const done = useMemo(() => entries.filter((e) => e.status === "done"), [entries]);
  const given = useMemo(() => done.map((e): GivenFile => ({ name: e.name, input: e.input })), [done]);
  const givenIds = useMemo(() => done.map((e) => e.id), [done]);
  const inputs = useMemo(() => distinctFiles(given).distinct.map((d) => d.input), [given]);

  const reading = pending || sheetsReading > 0;

  return {
    entries,
    given,
    givenIds,
    inputs,
    progress: { done: batch?.done ?? 0, total: batch?.total ?? 0 },
    reading,
    announcement: announcementOf(batch, pending),
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    addFiles,
    addWorkbookSheets,
    remove,
    cancel,
    clear: useCallback(() => {
      setEntries((list) => list.filter((e) => e.status !== "done"));
      setBatch((b) => (b && b.done < b.total && !b.cancelled ? b : null));
    }, []),
  };
}
