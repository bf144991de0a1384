import { Caption1, Field, Radio, RadioGroup, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { LANGS, type Lang, type Translate } from "../i18n/ui-text";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  titles: {
    display: "flex",
    flexDirection: "column",
  },
  title: {
    margin: 0,
  },
});

export interface AppHeaderProps {
  readonly t: Translate;
  readonly lang: Lang;
  readonly onLangChange: (lang: Lang) => void;
}

export function AppHeader({ t, lang, onLangChange }: AppHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.title}>
            {t("app.title")}
          </Title3>
          <Caption1>{t("app.subtitle")}</Caption1>
        </div>
      </div>
      <Field label={t("language.label")}>
        <RadioGroup
          layout="horizontal"
          value={lang}
          onChange={(_, data) => {
            const next = LANGS.find((l) => l === data.value);
            if (next) onLangChange(next);
          }}
        >
          {LANGS.map((l) => (
            <Radio key={l} value={l} label={t(l === "vi" ? "language.vi" : "language.en")} />
          ))}
        </RadioGroup>
      </Field>
    </header>
  );
}
