import vi from "../../i18n/vi.json";
import en from "../../i18n/en.json";
import type { Lang } from "../locale/lang";
import { interpolate } from "../locale/interpolate";
import type { Finding } from "../findings/finding";
import { paramText } from "./format-param";

const CATALOGUE: Record<Lang, Record<string, string>> = { vi: vi.findings, en: en.findings };

/** The catalogue key: "code.variant" when the finding has a variant with its own text, else the code. */
export function messageKey(finding: Pick<Finding, "code" | "params">): string {
  const variant = finding.params.variant;
  const specific = variant === undefined ? undefined : `${finding.code}.${variant}`;
  return specific !== undefined && specific in CATALOGUE.vi ? specific : finding.code;
}

export function renderFinding(finding: Finding, lang: Lang): string {
  const template = finding.ruleMessage ? finding.ruleMessage[lang] : CATALOGUE[lang][messageKey(finding)];
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([name, value]) => [name, paramText(name, value, lang)]),
  );
  return interpolate(template ?? finding.code, params).normalize("NFC");
}
