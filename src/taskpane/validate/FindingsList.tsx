import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { usePaneStyles } from "../shared/styles";
import type { Lang } from "../../core/locale/lang";
import { renderFinding } from "../../core/validation/render-finding";
import type { Translate } from "../../i18n/ui-text";
import { SeverityIcon } from "../shared/SeverityIcon";
import { useVisuallyHidden } from "../shared/visually-hidden";
import { cellLabel, type FindingItem } from "./findings-view";
import { SEVERITY_LABEL } from "./severity-labels";

/** More would make the pane slow to scroll; the filters narrow a long list. */
export const MAX_SHOWN = 500;

const useStyles = makeStyles({
  list: {
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  text: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  where: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface FindingsListProps {
  readonly items: FindingItem[];
  readonly lang: Lang;
  readonly t: Translate;
  readonly showUnit: boolean;
  /** Without it the list only shows the findings (files that are not open in Excel). */
  readonly onSelect?: (item: FindingItem) => void;
  readonly label?: string;
}

/** Each finding with a cell is a button: click or Enter selects the cell in the workbook. */
export function FindingsList({ items, lang, t, showUnit, onSelect, label }: FindingsListProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const hidden = useVisuallyHidden();
  return (
    <ul
      className={mergeClasses(pane.plainList, styles.list)}
      aria-label={label ?? t("validate.findings.label")}
    >
      {items.slice(0, MAX_SHOWN).map((item) => {
        const { finding } = item;
        const where = [showUnit ? item.unitLabel : "", cellLabel(finding)]
          .filter((s) => s !== "")
          .join(" · ");
        const content = (
          <>
            <SeverityIcon severity={finding.severity} />
            <span className={styles.text}>
              <span>
                <span className={hidden.hidden}>{t(SEVERITY_LABEL[finding.severity])}: </span>
                {renderFinding(finding, lang)}
              </span>
              {where === "" ? null : <Caption1 className={styles.where}>{where}</Caption1>}
            </span>
          </>
        );
        return (
          <li key={item.id}>
            {finding.cell === undefined || !onSelect ? (
              <div className={styles.item}>{content}</div>
            ) : (
              <button
                type="button"
                className={mergeClasses(styles.item, styles.clickable)}
                title={t("validate.findings.goTo", { cell: cellLabel(finding) })}
                onClick={() => onSelect(item)}
              >
                {content}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
