import type { Lang } from "../locale/lang";
import { interpolate } from "../locale/interpolate";
import type { Finding } from "../findings/finding";
import { messageTemplate } from "../findings/catalogue";
import { paramText } from "./format-param";

export function renderFinding(finding: Finding, lang: Lang): string {
  const template = finding.ruleMessage ? finding.ruleMessage[lang] : messageTemplate(finding, lang);
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([name, value]) => [name, paramText(name, value, lang)]),
  );
  return interpolate(template ?? finding.code, params).normalize("NFC");
}
