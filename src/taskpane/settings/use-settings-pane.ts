import { useCallback, useState } from "react";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import { useBusy } from "../shared/use-busy";
import type { EditableSetting, PaneSettings } from "../../core/campaign/stored-settings";
import type { StoredSettings } from "./use-stored-settings";

export interface SettingsPaneState {
  draft: PaneSettings;
  setText: (setting: EditableSetting, value: string) => void;
  setDocumentNumber: (value: string) => void;
  setExpected: (unitCode: string, expected: boolean) => void;
  dirty: boolean;
  busy: "save" | null;
  notice: PaneNotice | null;
  dismissNotice: () => void;
  save: () => Promise<void>;
  reset: () => void;
}

export function useSettingsPane(stored: StoredSettings): SettingsPaneState {
  // Null until the user edits: the form then shows the stored settings, also when they arrive late.
  const [edits, setEdits] = useState<PaneSettings | null>(null);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const { busy, during } = useBusy<"save">();
  const draft = edits ?? stored.settings;
  const { settings } = stored;

  const edit = useCallback(
    (change: (d: PaneSettings) => PaneSettings) => setEdits((current) => change(current ?? settings)),
    [settings],
  );

  const save = useCallback(
    () =>
      during("save", async () => {
        setNotice(null);
        try {
          await stored.save(draft);
          setEdits(null);
          setNotice({ intent: "success", title: "settings.saved" });
        } catch (error) {
          setNotice(errorNotice("settings.error.save", error));
        }
      }),
    [during, stored, draft],
  );

  return {
    draft,
    setText: useCallback(
      (setting, value) => edit((d) => ({ ...d, agencyText: { ...d.agencyText, [setting]: value } })),
      [edit],
    ),
    setDocumentNumber: useCallback((value) => edit((d) => ({ ...d, documentNumber: value })), [edit]),
    setExpected: useCallback(
      (code, expected) =>
        edit((d) => {
          const others = d.notExpected.filter((c) => c !== code);
          return { ...d, notExpected: expected ? others : [...others, code] };
        }),
      [edit],
    ),
    dirty: edits !== null,
    busy,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    save,
    reset: useCallback(() => setEdits(null), []),
  };
}
