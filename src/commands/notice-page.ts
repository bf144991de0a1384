import { makeT } from "../i18n/ui-text";
import { TAB_LABEL } from "../jobs/tabs";
import type { Notice } from "./notice";

function close(): void {
  if (typeof Office !== "undefined" && Office.context?.ui) Office.context.ui.messageParent("close");
  else window.close();
}

/** Fills the page with the notice: a heading, the message, where to see more, and a focused Close button. */
export function renderNoticePage(doc: Document, { tab, lang, title, message }: Notice): void {
  const t = makeT(lang);
  doc.documentElement.lang = lang;
  doc.title = title ?? t("command.notice.title");
  const main = doc.createElement("main");
  const heading = doc.createElement("h1");
  heading.textContent = title ?? t("command.notice.title");
  const where = t(message === undefined ? "command.notice.openPane" : "command.notice.details", {
    tab: t(TAB_LABEL[tab]),
  });
  const paragraphs = [message, where].flatMap((text) => {
    if (text === undefined) return [];
    const p = doc.createElement("p");
    p.textContent = text;
    return [p];
  });
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = t("command.notice.close");
  button.addEventListener("click", close);
  main.append(heading, ...paragraphs, button);
  doc.body.replaceChildren(main);
  button.focus();
}
