import { Checkbox, Field, Radio, RadioGroup, Select, makeStyles } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import { usePaneStyles } from "../shared/styles";
import type { Scope } from "../../core/consolidation/scope";
import type { ScopeChoice } from "./use-consolidate-pane";

export interface ScopeFieldsProps {
  readonly t: Translate;
  readonly years: number[];
  readonly choice: ScopeChoice;
  readonly scope: Scope;
  readonly onChange: (change: Partial<ScopeChoice>) => void;
  readonly excludeInvalid: boolean;
  readonly onExcludeInvalid: (exclude: boolean) => void;
}

/** The year selects share the row and fill it, so at 320 px each is as wide as the pane allows. */
const useStyles = makeStyles({
  field: {
    flexGrow: 1,
    flexBasis: "8em",
    minWidth: 0,
  },
});

function YearSelect(props: {
  readonly label: string;
  readonly years: number[];
  readonly value: number;
  readonly onChange: (year: number) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={props.label} className={styles.field}>
      <Select value={String(props.value)} onChange={(_, data) => props.onChange(Number(data.value))}>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function ScopeFields({
  t,
  years,
  choice,
  scope,
  onChange,
  excludeInvalid,
  onExcludeInvalid,
}: ScopeFieldsProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.group}>
      <Field label={t("consolidate.scope.label")}>
        <RadioGroup
          layout="horizontal"
          value={choice.mode}
          onChange={(_, data) => onChange({ mode: data.value === "period" ? "period" : "year" })}
        >
          <Radio value="year" label={t("consolidate.scope.year")} />
          <Radio value="period" label={t("consolidate.scope.period")} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {scope.mode === "year" ? (
          <YearSelect
            label={t("consolidate.scope.reportYear")}
            years={years}
            value={scope.year}
            onChange={(year) => onChange({ year })}
          />
        ) : (
          <>
            <YearSelect
              label={t("consolidate.scope.from")}
              years={years}
              value={choice.from}
              onChange={(from) => onChange({ from })}
            />
            <YearSelect
              label={t("consolidate.scope.to")}
              years={years}
              value={choice.to}
              onChange={(to) => onChange({ to })}
            />
          </>
        )}
      </div>
      <Checkbox
        checked={excludeInvalid}
        onChange={(_, data) => onExcludeInvalid(data.checked === true)}
        label={t("consolidate.excludeInvalid")}
      />
    </div>
  );
}
