import { useContext } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/locale/lang";
import type { Translate } from "../../i18n/ui-text";
import { CriteriaContext } from "./use-criteria-in-force";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

export interface CriteriaInForceBarProps {
  readonly t: Translate;
  readonly lang: Lang;
}

/**
 * Which criteria the pane works with: the open workbook's criteria sheets (with their version) or the
 * built-in default, and what in those sheets could not be used, each with its sheet, row and position.
 * A line of its own, not a message bar: the panes' notices stay the only message bars.
 */
export function CriteriaInForceBar({ t, lang }: CriteriaInForceBarProps) {
  const styles = useStyles();
  const criteria = useContext(CriteriaContext);
  if (!criteria) return null;
  const { inForce, loading, failed, reload } = criteria;
  const what = loading
    ? t("criteria.inForce.loading")
    : failed
      ? t("criteria.inForce.failed")
      : t(inForce.source === "workbook" ? "criteria.inForce.workbook" : "criteria.inForce.default", {
          version: inForce.version,
        });
  const problems = inForce.problems;
  return (
    <div className={styles.root} aria-live="polite">
      <div className={styles.line}>
        <Caption1>
          <strong>{t("criteria.inForce.label")}:</strong> {what}
        </Caption1>
        {inForce.source === "workbook" || failed ? (
          <Button appearance="subtle" size="small" onClick={reload} disabled={loading}>
            {t("criteria.inForce.reload")}
          </Button>
        ) : null}
      </div>
      {problems.length > 0 ? (
        <>
          <Caption1>{t("criteria.inForce.problems", { count: problems.length })}</Caption1>
          <ul className={styles.problems}>
            {problems.map((p, i) => (
              <li key={i}>
                <Caption1>{lang === "vi" ? p.message : p.messageEn}</Caption1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
