import { Body1, Button, Spinner, mergeClasses } from "@fluentui/react-components";
import type { Lang } from "../../core/locale/lang";
import { renderFinding } from "../../core/validation/render-finding";
import type { Translate } from "../../i18n/ui-text";
import { SeverityIcon, type IconKind } from "../shared/SeverityIcon";
import type { PickedFile } from "../shared/picked-file";
import { ReopenButton } from "./ReopenButton";
import { usePaneStyles } from "../shared/styles";
import { useValidateStyles } from "./validate-styles";
import type { ShownVerdict, VerdictGroup } from "./verdict-groups";

export interface VerdictListProps {
  readonly groups: readonly VerdictGroup[];
  readonly t: Translate;
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly onRemove?: (file: string) => void;
  readonly onReopen?: (files: PickedFile[]) => void;
}

const ICON: Record<ShownVerdict["kind"], IconKind | null> = {
  fix: "error",
  ready: "success",
  unreadable: "error",
  "not-a-form": "error",
  changed: "warning",
  reading: null,
};

/** The verdict in words: may it be sent, and what to do when it may not. */
function VerdictLine({ verdict, t, lang }: { verdict: ShownVerdict; t: Translate; lang: Lang }) {
  const styles = useValidateStyles();
  const icon = ICON[verdict.kind];
  let headline: string;
  let advice: string | undefined;
  switch (verdict.kind) {
    case "fix":
      headline = t(verdict.warnings > 0 ? "validate.verdict.fixAndWarnings" : "validate.verdict.fix", {
        errors: verdict.errors,
        warnings: verdict.warnings,
      });
      break;
    case "ready":
      headline =
        verdict.warnings > 0
          ? t("validate.verdict.readyWithWarnings", { warnings: verdict.warnings })
          : t("validate.verdict.ready");
      break;
    case "unreadable":
    case "not-a-form":
      headline = t(
        verdict.kind === "unreadable" ? "validate.verdict.unreadable" : "validate.verdict.notForm",
      );
      // The catalogue's message: what is wrong with the file and how to send it right; never the library's words.
      advice = renderFinding(verdict.finding, lang);
      break;
    case "changed":
      headline = t("validate.verdict.changed");
      advice = t("validate.verdict.changed.body");
      break;
    case "reading":
      headline = t("validate.verdict.reading");
      break;
  }
  const tone = verdict.kind === "ready" ? styles.ready : verdict.kind === "reading" ? undefined : styles.fix;
  return (
    <div className={styles.verdict}>
      {icon ? <SeverityIcon severity={icon} /> : <Spinner size="extra-tiny" aria-hidden="true" />}
      <span className={styles.verdictText}>
        <Body1 className={mergeClasses(tone)}>{headline}</Body1>
        {advice ? <Body1 className={styles.advice}>{advice}</Body1> : null}
      </span>
    </div>
  );
}

/**
 * One entry per opened file (outside Excel, where files can be removed) or per unit form (in Excel), each
 * with its verdict.
 */
export function VerdictList({ groups, t, lang, disabled, onRemove, onReopen }: VerdictListProps) {
  const styles = useValidateStyles();
  const pane = usePaneStyles();
  if (groups.length === 0) return null;
  return (
    <ul
      className={mergeClasses(pane.plainList, styles.groups)}
      aria-label={t(onRemove ? "validate.files.label" : "validate.forms.label")}
    >
      {groups.map((group) => (
        <li key={group.key} className={styles.group}>
          <span className={styles.title}>{group.title}</span>
          {group.items.map((item) => (
            <div key={item.key}>
              {item.label ? <Body1>{item.label}</Body1> : null}
              <VerdictLine verdict={item.verdict} t={t} lang={lang} />
            </div>
          ))}
          {group.file !== undefined && (onRemove || onReopen) ? (
            <div className={styles.actions}>
              {onReopen && group.items.some((i) => i.verdict.kind === "changed") ? (
                <ReopenButton t={t} file={group.file} disabled={disabled} onFiles={onReopen} />
              ) : null}
              {onRemove ? (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  aria-label={t("validate.files.removeNamed", { file: group.file })}
                  onClick={() => group.file !== undefined && onRemove(group.file)}
                >
                  {t("validate.files.remove")}
                </Button>
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
