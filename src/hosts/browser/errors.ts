import vi from "../../i18n/vi.json";
import en from "../../i18n/en.json";
import type { Lang } from "../../core/locale/lang";
import { interpolate } from "../../core/locale/interpolate";

export type BrowserHostErrorCode = "no-files" | "read-only" | "no-grid";

const MESSAGES: Record<Lang, Record<`browser.${BrowserHostErrorCode}`, string>> = {
  vi: vi.host,
  en: en.host,
};

/** Something the browser cannot do; `messages` says what happened and what to do, in both languages. */
export class BrowserHostError extends Error {
  override readonly name = "BrowserHostError";
  readonly messages: Record<Lang, string>;

  constructor(
    readonly code: BrowserHostErrorCode,
    params: Record<string, string | number> = {},
  ) {
    const messages = {
      vi: interpolate(MESSAGES.vi[`browser.${code}`], params),
      en: interpolate(MESSAGES.en[`browser.${code}`], params),
    };
    super(messages.vi);
    this.messages = messages;
  }
}
