import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/campaign/model";

const useStyles = makeStyles({
  icon: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  success: { color: tokens.colorPaletteGreenForeground1 },
});

/** A finding's severity, or "success" for a file without errors. */
export type IconKind = Severity | "success";

/** Glyphs drawn inside a 16×16 filled circle or triangle: ×, !, i and ✓. */
const SHAPES: Record<IconKind, { outline: string; glyph: string }> = {
  error: { outline: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Z", glyph: "M5.5 5.5l5 5m0-5l-5 5" },
  warning: { outline: "M8 1.5 15 14.5H1Z", glyph: "M8 6v4.2m0 1.8v.4" },
  info: { outline: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Z", glyph: "M8 7v4.5M8 4.6v.4" },
  success: { outline: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Z", glyph: "M5 8.2l2 2 4-4.2" },
};

/** The icon of a severity; its meaning is given by the text next to it, so the icon itself is hidden. */
export function SeverityIcon({ severity }: { readonly severity: IconKind }) {
  const styles = useStyles();
  const { outline, glyph } = SHAPES[severity];
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={mergeClasses(styles.icon, styles[severity])}
    >
      <path d={outline} fill="currentColor" />
      <path
        d={glyph}
        stroke={tokens.colorNeutralBackground1}
        strokeWidth="1.8"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}
