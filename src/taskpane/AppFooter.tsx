import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { LANGS, translate, type Lang, type Translate } from "../i18n/ui-text";

const useStyles = makeStyles({
  footer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    marginTop: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  brand: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
});

export interface AppFooterProps {
  readonly t: Translate;
  readonly lang: Lang;
  readonly onLangChange: (lang: Lang) => void;
}

/** The brand and the language switch, below the work: the top of a 320 px pane belongs to the task. */
export function AppFooter({ t, lang, onLangChange }: AppFooterProps) {
  const styles = useStyles();
  const other = LANGS.find((l) => l !== lang) ?? lang;
  // The switch is labelled in the language it switches to, so a reader of that language can find it.
  const otherName = translate(other, other === "vi" ? "language.vi" : "language.en");
  return (
    <footer className={styles.footer}>
      <span className={styles.brand}>
        <img src="assets/icon-16.png" alt="" width={16} height={16} />
        <Caption1>{t("app.title")}</Caption1>
      </span>
      <Button
        appearance="subtle"
        size="small"
        lang={other}
        aria-label={`${t("language.label")}: ${otherName}`}
        onClick={() => onLangChange(other)}
      >
        {otherName}
      </Button>
    </footer>
  );
}
