import { makeStyles, tokens } from "@fluentui/react-components";

/** The Kiểm tra pane's own styles; the layout shared by every pane is in shared/styles.ts. */
export const useValidateStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  groups: {
    gap: tokens.spacingVerticalS,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  verdict: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    margin: 0,
  },
  verdictText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  fix: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  ready: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  advice: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  /** A pressed "show only" chip: filled, so it reads as chosen at a glance and in high contrast. */
  chipPressed: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
    ":hover": {
      backgroundColor: tokens.colorBrandBackgroundHover,
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":hover:active": {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});
