import { Body1, Button, Checkbox, Field, Input, Spinner } from "@fluentui/react-components";
import { BusyButton } from "../shared/BusyButton";
import type { Translate } from "../../i18n/ui-text";
import { NoticeBar } from "../shared/NoticeBar";
import { ResultNotice } from "../shared/ResultNotice";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { usePaneStyles } from "../shared/styles";
import type { EditableSetting } from "../../core/campaign/stored-settings";
import { AGENCY_SETTINGS, SETTING_LABEL, SIGNER_SETTINGS } from "./setting-labels";
import { useSettingsPane, type SettingsPaneState } from "./use-settings-pane";
import type { StoredSettings } from "./use-stored-settings";

function TextFields({
  pane,
  t,
  settings,
}: {
  pane: SettingsPaneState;
  t: Translate;
  settings: readonly EditableSetting[];
}) {
  return (
    <>
      {settings.map((setting) => (
        <Field key={setting} label={t(SETTING_LABEL[setting])}>
          <Input
            value={pane.draft.agencyText[setting]}
            onChange={(_, data) => pane.setText(setting, data.value)}
          />
        </Field>
      ))}
    </>
  );
}

export function SettingsPane({
  can,
  campaign,
  lang,
  t,
  hidden,
  stored,
}: PaneProps & { readonly stored: StoredSettings }) {
  const styles = usePaneStyles();
  const pane = useSettingsPane(stored);
  const notice =
    !can.settingsInWorkbook && pane.notice?.title === "settings.saved"
      ? { ...pane.notice, title: "settings.saved.browser" as const }
      : pane.notice;
  const expected = campaign.roster.filter((u) => !pane.draft.notExpected.includes(u.code)).length;
  return (
    <PaneFrame
      tab="settings"
      t={t}
      hidden={hidden}
      footer={
        <>
          <div className={styles.row}>
            <BusyButton
              appearance="primary"
              busy={pane.busy === "save"}
              disabled={pane.busy !== null || !pane.dirty}
              onClick={pane.save}
            >
              {t(can.settingsInWorkbook ? "settings.save" : "settings.save.browser")}
            </BusyButton>
            <Button disabled={!pane.dirty} onClick={pane.reset}>
              {t("settings.reset")}
            </Button>
          </div>
          <ResultNotice notice={notice} t={t} lang={lang} onDismiss={pane.dismissNotice} />
        </>
      }
    >
      <NoticeBar notice={stored.notice} t={t} lang={lang} />
      {stored.loading ? <Spinner size="tiny" label={t("settings.loading")} /> : null}
      <fieldset className={styles.group}>
        <legend>{t("settings.agency.heading")}</legend>
        <TextFields pane={pane} t={t} settings={AGENCY_SETTINGS} />
        <Field label={t("settings.documentNumber")} hint={t("settings.documentNumber.hint")}>
          <Input
            value={pane.draft.documentNumber}
            onChange={(_, data) => pane.setDocumentNumber(data.value)}
          />
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t("settings.signer.heading")}</legend>
        <TextFields pane={pane} t={t} settings={SIGNER_SETTINGS} />
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t("settings.roster.heading")}</legend>
        <Body1 as="p" className={styles.muted}>
          {t("settings.roster.count", { expected, total: campaign.roster.length })}
        </Body1>
        {campaign.roster.map((unit) => (
          <Checkbox
            key={unit.code}
            checked={!pane.draft.notExpected.includes(unit.code)}
            onChange={(_, data) => pane.setExpected(unit.code, data.checked === true)}
            label={`${unit.name} (${unit.code})`}
          />
        ))}
      </fieldset>
    </PaneFrame>
  );
}
