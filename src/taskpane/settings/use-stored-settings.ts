import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import {
  applySettings,
  settingsFromRecord,
  settingsToRecord,
  type PaneSettings,
} from "../../core/campaign/stored-settings";

export interface StoredSettings {
  /** The saved settings (the campaign's defaults until the workbook's have been read). */
  settings: PaneSettings;
  /** The base campaign with the saved settings applied: what every pane works with. */
  campaign: Campaign;
  loading: boolean;
  /** Set when the workbook's settings could not be read. */
  notice: PaneNotice | null;
  save: (settings: PaneSettings) => Promise<void>;
  /** A preference of the pane itself kept with the settings (the language, the last tab), if any. */
  preference: (key: PreferenceKey) => string | undefined;
  /** Keeps a preference; a failure to store it is not worth interrupting the clerk for. */
  remember: (key: PreferenceKey, value: string) => void;
}

/** The pane's own preferences, stored beside the settings: in the workbook in Excel, in the browser outside. */
export type PreferenceKey = "pane_lang" | "pane_tab";

/** The settings kept in the workbook, read once when the pane opens and written when the user saves. */
export function useStoredSettings(host: WorkbookHost, base: Campaign): StoredSettings {
  const [record, setRecordState] = useState<Record<string, string>>({});
  // The latest record, for saves that follow each other before a render.
  const latest = useRef<Record<string, string>>({});
  const setRecord = useCallback((next: Record<string, string>) => {
    latest.current = next;
    setRecordState(next);
  }, []);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<PaneNotice | null>(null);

  useEffect(() => {
    let current = true;
    host
      .loadSettings()
      .then((loaded) => {
        if (current) setRecord(loaded);
      })
      .catch((error: unknown) => {
        if (current) setNotice(errorNotice("settings.error.load", error));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [host, setRecord]);

  const settings = useMemo(() => settingsFromRecord(record, base), [record, base]);
  const campaign = useMemo(() => applySettings(base, settings), [base, settings]);

  const save = useCallback(
    async (next: PaneSettings) => {
      const nextRecord = { ...latest.current, ...settingsToRecord(next) };
      await host.saveSettings(nextRecord);
      setRecord(nextRecord);
      setNotice(null);
    },
    [host, setRecord],
  );

  const preference = useCallback((key: PreferenceKey) => record[key], [record]);
  const remember = useCallback(
    (key: PreferenceKey, value: string) => {
      if (latest.current[key] === value) return;
      const nextRecord = { ...latest.current, [key]: value };
      setRecord(nextRecord);
      host.saveSettings(nextRecord).catch(() => undefined);
    },
    [host, setRecord],
  );

  return { settings, campaign, loading, notice, save, preference, remember };
}
