/** "BÁO CÁO" and the summary line, centred and bold, with a short rule under the summary (Decree 30). */
import type { ReportTitle } from "../model";
import { centred, GRID_COLUMNS } from "./grid";
import type { Layout } from "./layout";
import { RULE, STYLE } from "./styles";

const FULL = { from: 1, to: GRID_COLUMNS };
/** The summary wraps within a slightly narrower span, as a centred block. */
const SUMMARY = { from: 2, to: GRID_COLUMNS - 1 };
/** Its rule is a third of the printable width. */
const RULE_POINTS = 140;

export function layTitle(l: Layout, t: ReportTitle): void {
  l.place(l.next(), FULL, t.title, STYLE.title);
  l.place(l.next(), SUMMARY, t.summary, STYLE.summary);
  const rule = l.next();
  l.decorate(rule, centred(FULL, RULE_POINTS), RULE);
  l.setHeight(rule, 3);
  l.setHeight(l.next(), 12);
}
