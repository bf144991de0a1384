/**
 * The header in two borderless columns, as in the Decree 30 sample: the agencies on the left, the national
 * name and motto on the right; a short rule under the agency and a rule as long as the motto under it (bottom
 * borders of centred merged spans on a thin row); then the number on the left and the place and date on the
 * right, on one line.
 */
import type { ReportHeader } from "../model";
import { centred, LEFT, RIGHT } from "./grid";
import type { Layout } from "./layout";
import { textWidth } from "./measure";
import { RULE, SIZE, STYLE } from "./styles";

/** The agency's rule is a third to a half of the agency's name. */
const AGENCY_RULE_SHARE = 0.45;
const RULE_ROW_HEIGHT = 3;

export function layHeader(l: Layout, h: ReportHeader): void {
  const first = l.next();
  l.place(first, LEFT, h.parentAgency, STYLE.parentAgency);
  l.place(first, RIGHT, h.nationalName, STYLE.nationalName);
  const second = l.next();
  l.place(second, LEFT, h.agency, STYLE.agency);
  l.place(second, RIGHT, h.motto, STYLE.motto);
  const rules = l.next();
  const agencyWidth = textWidth(h.agency, { size: SIZE.agency, face: "bold" });
  l.decorate(rules, centred(LEFT, agencyWidth * AGENCY_RULE_SHARE), RULE);
  l.decorate(rules, centred(RIGHT, textWidth(h.motto, { size: SIZE.motto, face: "bold" })), RULE);
  l.setHeight(rules, RULE_ROW_HEIGHT);
  l.setHeight(l.next(), 6);
  const dated = l.next();
  l.place(dated, LEFT, h.number, STYLE.number);
  l.place(dated, RIGHT, h.placeDate, STYLE.placeDate);
}
