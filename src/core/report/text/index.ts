import type { Lang } from "../../locale/lang";
import { LABELS_EN } from "./labels-en";
import { LABELS_VI } from "./labels-vi";
import { SENTENCES_EN } from "./sentences-en";
import { SENTENCES_VI } from "./sentences-vi";
import type { ReportText } from "./types";

export function reportText(lang: Lang): ReportText {
  return lang === "en"
    ? { labels: LABELS_EN, sentences: SENTENCES_EN }
    : { labels: LABELS_VI, sentences: SENTENCES_VI };
}

export type { ReportLabels, ReportSentences, ReportText } from "./types";
