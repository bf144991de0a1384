import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../../src/core/locale/lang";
import { translate, type Params, type UiKey } from "../../../src/i18n/ui-text";
import { ROW_TABS, TAB_LABEL, type TabId } from "../../../src/jobs/tabs";

/** The pane as a user sees it, found by its visible labels in the current language. */
export class Pane {
  lang: Lang = "vi";

  constructor(readonly page: Page) {}

  t(key: UiKey, params?: Params): string {
    return translate(this.lang, key, params);
  }

  async openTab(tab: TabId): Promise<Locator> {
    const name = this.t(TAB_LABEL[tab]);
    await (
      ROW_TABS.includes(tab)
        ? this.page.getByRole("tab", { name })
        : this.page.getByRole("button", { name, exact: true })
    ).click();
    const panel = this.page.locator(`#panel-${tab}`);
    await panel.waitFor({ state: "visible" });
    // Panes other than Kiểm tra load their code when first opened.
    await panel.getByText(this.t("pane.loading")).waitFor({ state: "detached" });
    return panel;
  }

  async switchLanguage(lang: Lang): Promise<void> {
    const target = translate(lang, lang === "vi" ? "language.vi" : "language.en");
    await this.page.getByRole("button", { name: `${this.t("language.label")}: ${target}` }).click();
    this.lang = lang;
    await this.page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }

  /** The consolidate pane's list of files, one item per file (not the findings nested inside). */
  sourceItems(): Locator {
    return this.page.getByRole("list", { name: this.t("consolidate.sources.label") }).locator(":scope > li");
  }

  /** Each file's "name\nstatus" line, in the list's order. */
  async sourceStatuses(): Promise<string[]> {
    return this.sourceItems().evaluateAll((items) =>
      items.map((li) => (li.firstElementChild instanceof HTMLElement ? li.firstElementChild.innerText : "")),
    );
  }

  /** Opens a file's findings and returns the list. */
  async fileFindings(file: string): Promise<Locator> {
    const item = this.sourceItems().filter({ hasText: file });
    const details = item.locator("details");
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await item.locator("summary").click();
    const list = this.page.getByRole("list", { name: this.t("consolidate.file.findings", { file }) });
    await list.waitFor({ state: "visible" });
    return list;
  }

  /**
   * Clicks the button (then `answer`s a question the page asks, if given) and returns the bytes of the file
   * the page offers for download.
   */
  async download(
    button: Locator,
    answer?: () => Promise<void>,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      button.click().then(() => answer?.()),
    ]);
    const failure = await download.failure();
    if (failure) throw new Error(`download failed: ${failure}`);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }
}
