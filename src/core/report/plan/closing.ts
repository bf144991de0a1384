/**
 * Recipients and signature side by side: "Nơi nhận:" (12 pt bold italic) and its items (11 pt, one merged
 * block so they keep their own tight line spacing) on the left; the signer's authority and title (upper case,
 * bold), room to sign and the name (bold) on the right.
 */
import type { ReportClosing } from "../model";
import { LEFT, RIGHT } from "./grid";
import type { Layout } from "./layout";
import { STYLE } from "./styles";

/** Three rows of this height leave about 3 cm to sign and stamp. */
const SIGN_ROWS = 3;
const SIGN_ROW_HEIGHT = 28;

export function layClosing(l: Layout, c: ReportClosing): void {
  const titles = [c.authority, c.title].filter((t) => t !== "");
  const first = l.row;
  titles.forEach((t) => l.place(l.next(), RIGHT, t, STYLE.signer));
  for (let i = 0; i < SIGN_ROWS; i++) l.grow(l.next(), SIGN_ROW_HEIGHT);
  const nameRow = l.next();
  l.place(nameRow, RIGHT, c.name, STYLE.signerName);
  l.place(first, LEFT, c.recipientsTitle, STYLE.recipientsTitle);
  if (c.recipients.length > 0)
    l.placeTall(first + 1, nameRow, LEFT, c.recipients.join("\n"), STYLE.recipient);
}
