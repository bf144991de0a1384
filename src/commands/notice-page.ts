import { makeT } from "../taskpane/i18n";
import { TAB_LABEL } from "../taskpane/tabs";
import type { Notice } from "./notice";

function close(): void {
  if (typeof Office !== "undefined" && Office.context?.ui) Office.context.ui.messageParent("close");
  else window.close();
}

/** Fills the page with the notice: a heading, the message and a Close button that has the focus. */
export function renderNoticePage(doc: Document, { tab, lang }: Notice): void {
  const t = makeT(lang);
  doc.documentElement.lang = lang;
  doc.title = t("command.notice.title");
  const main = doc.createElement("main");
  const heading = doc.createElement("h1");
  heading.textContent = t("command.notice.title");
  const message = doc.createElement("p");
  message.textContent = t("command.notice.openPane", { tab: t(TAB_LABEL[tab]) });
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = t("command.notice.close");
  button.addEventListener("click", close);
  main.append(heading, message, button);
  doc.body.replaceChildren(main);
  button.focus();
}
