import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the panes: a vertical stack of groups, rows of buttons that wrap. */
export const usePaneStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  /** A list without bullets or indent, its items stacked; a pane's own class sets the gap. */
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  status: {
    minHeight: tokens.lineHeightBase300,
    margin: 0,
  },
});
