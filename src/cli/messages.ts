import vi from "../i18n/vi.json";
import en from "../i18n/en.json";
import type { Lang } from "../core/locale/lang";
import { interpolate } from "../core/locale/interpolate";

const CLI: Record<Lang, Record<string, string>> = { vi: vi.cli, en: en.cli };

export function cliText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return interpolate(CLI[lang][key] ?? CLI.vi[key] ?? key, params);
}
