import { Caption1, Field, Select, ToggleButton, useId } from "@fluentui/react-components";
import type { Severity } from "../../core/campaign/model";
import type { Translate } from "../../i18n/ui-text";
import type { UnitCheck } from "../../jobs/workbook-units";
import { SeverityIcon } from "../shared/SeverityIcon";
import { usePaneStyles } from "../shared/styles";
import { SEVERITIES } from "./findings-view";
import { SEVERITY_LABEL } from "./severity-labels";
import { useValidateStyles } from "./validate-styles";

export interface FindingFiltersProps {
  readonly t: Translate;
  /** The severities chosen to show only; none chosen shows all. */
  readonly shown: ReadonlySet<Severity>;
  readonly counts: Record<Severity, number>;
  readonly onToggle: (severity: Severity) => void;
  readonly units: readonly UnitCheck[];
  readonly unit: string;
  readonly onUnit: (unit: string) => void;
}

/** "Show only" chips: pressing "Lỗi (4)" shows only the errors; pressing it again shows everything. */
export function FindingFilters({ t, shown, counts, onToggle, units, unit, onUnit }: FindingFiltersProps) {
  const styles = usePaneStyles();
  const own = useValidateStyles();
  const groupLabel = useId("severity-filter");
  const hint = useId("severity-hint");
  return (
    <div className={styles.group}>
      <span id={groupLabel}>{t("validate.filter.showOnly")}</span>
      <div role="group" aria-labelledby={groupLabel} aria-describedby={hint} className={styles.row}>
        {SEVERITIES.map((severity) => {
          const pressed = shown.has(severity);
          return (
            <ToggleButton
              key={severity}
              size="small"
              checked={pressed}
              className={pressed ? own.chipPressed : undefined}
              icon={<SeverityIcon severity={severity} />}
              onClick={() => onToggle(severity)}
            >
              {t("validate.filter.count", { label: t(SEVERITY_LABEL[severity]), count: counts[severity] })}
            </ToggleButton>
          );
        })}
      </div>
      <Caption1 id={hint} className={styles.muted}>
        {t("validate.filter.showOnly.hint")}
      </Caption1>
      {units.length > 1 ? (
        <Field label={t("validate.filter.unit")}>
          <Select value={unit} onChange={(_, data) => onUnit(data.value)}>
            <option value="">{t("validate.filter.allUnits", { count: units.length })}</option>
            {units.map((u) => (
              <option key={u.key} value={u.key}>
                {u.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </div>
  );
}
