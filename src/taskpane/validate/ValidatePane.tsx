import { Body1, Button, Field, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { LiveStatus } from "../shared/LiveStatus";
import { NoticeBar } from "../shared/NoticeBar";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { usePaneStyles } from "../shared/styles";
import { markable } from "../workbook/unit-checks";
import { FindingFilters } from "./FindingFilters";
import { FindingsList, MAX_SHOWN } from "./FindingsList";
import { useValidatePane, type ValidateScope } from "./use-validate-pane";

const SCOPES: readonly ValidateScope[] = ["active", "all"];

export function ValidatePane({ host, campaign, lang, t, hidden }: PaneProps) {
  const styles = usePaneStyles();
  const pane = useValidatePane(host, campaign);
  const spinner = (action: typeof pane.busy) =>
    pane.busy === action ? <Spinner size="extra-tiny" /> : undefined;
  return (
    <PaneFrame tab="validate" t={t} hidden={hidden}>
      <Field label={t("validate.scope.label")}>
        <RadioGroup
          value={pane.scope}
          onChange={(_, data) => {
            const next = SCOPES.find((s) => s === data.value);
            if (next) pane.setScope(next);
          }}
        >
          <Radio value="active" label={t("validate.scope.active")} />
          <Radio value="all" label={t("validate.scope.all")} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={pane.busy !== null} icon={spinner("run")} onClick={pane.run}>
          {t("validate.run")}
        </Button>
      </div>
      <NoticeBar notice={pane.notice} t={t} lang={lang} onDismiss={pane.dismissNotice} />
      <LiveStatus status={pane.status} t={t} />
      {pane.units ? (
        <>
          <FindingFilters
            t={t}
            severities={pane.severities}
            counts={pane.counts}
            onToggle={pane.toggleSeverity}
            units={pane.units}
            unit={pane.unit}
            onUnit={pane.setUnit}
          />
          {pane.visible.length === 0 ? (
            <Body1 as="p" className={styles.muted}>
              {t("validate.findings.none")}
            </Body1>
          ) : (
            <FindingsList
              items={pane.visible}
              lang={lang}
              t={t}
              showUnit={pane.units.length > 1}
              onSelect={(item) => void pane.select(item)}
            />
          )}
          {pane.visible.length > MAX_SHOWN ? (
            <Body1 as="p" className={styles.muted}>
              {t("validate.findings.more", { shown: MAX_SHOWN, count: pane.visible.length })}
            </Body1>
          ) : null}
        </>
      ) : null}
      <div className={styles.row}>
        <Button
          disabled={pane.busy !== null || markable(pane.visible.map((i) => i.finding)).length === 0}
          icon={spinner("mark")}
          onClick={pane.mark}
        >
          {t("validate.mark")}
        </Button>
        <Button disabled={pane.busy !== null} icon={spinner("clear")} onClick={pane.clear}>
          {t("validate.clear")}
        </Button>
      </div>
    </PaneFrame>
  );
}
