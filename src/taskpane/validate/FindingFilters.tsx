import { Field, Select, ToggleButton, useId } from "@fluentui/react-components";
import type { Severity } from "../../core/campaign/model";
import type { Translate } from "../../i18n/ui-text";
import { SeverityIcon } from "../shared/SeverityIcon";
import { usePaneStyles } from "../shared/styles";
import type { UnitCheck } from "../../jobs/workbook-units";
import { SEVERITIES } from "./findings-view";
import { SEVERITY_LABEL } from "./severity-labels";

export interface FindingFiltersProps {
  readonly t: Translate;
  readonly severities: ReadonlySet<Severity>;
  readonly counts: Record<Severity, number>;
  readonly onToggle: (severity: Severity) => void;
  readonly units: UnitCheck[];
  readonly unit: string;
  readonly onUnit: (unit: string) => void;
}

export function FindingFilters({
  t,
  severities,
  counts,
  onToggle,
  units,
  unit,
  onUnit,
}: FindingFiltersProps) {
  const styles = usePaneStyles();
  const groupLabel = useId("severity-filter");
  return (
    <div className={styles.group}>
      <span id={groupLabel}>{t("validate.filter.severity")}</span>
      <div role="group" aria-labelledby={groupLabel} className={styles.row}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={severities.has(severity)}
            icon={<SeverityIcon severity={severity} />}
            onClick={() => onToggle(severity)}
          >
            {t("validate.filter.count", { label: t(SEVERITY_LABEL[severity]), count: counts[severity] })}
          </ToggleButton>
        ))}
      </div>
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
