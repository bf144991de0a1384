import { useCallback, useEffect, useMemo, useState } from "react";
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
}

/** The settings kept in the workbook, read once when the pane opens and written when the user saves. */
export function useStoredSettings(host: WorkbookHost, base: Campaign): StoredSettings {
  const [record, setRecord] = useState<Record<string, string>>({});
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
  }, [host]);

  const settings = useMemo(() => settingsFromRecord(record, base), [record, base]);
  const campaign = useMemo(() => applySettings(base, settings), [base, settings]);

  const save = useCallback(
    async (next: PaneSettings) => {
      const nextRecord = { ...record, ...settingsToRecord(next) };
      await host.saveSettings(nextRecord);
      setRecord(nextRecord);
      setNotice(null);
    },
    [host, record],
  );

  return { settings, campaign, loading, notice, save };
}
