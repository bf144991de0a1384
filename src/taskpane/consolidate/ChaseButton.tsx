/**
 * "Soạn công văn đôn đốc": the chase of `thidua chase` on the files this pane has read, for the chosen year
 * (a period's last year). The letter is downloaded at once, inside Excel and outside; the feedback
 * workbooks, one per unit with findings, are offered as one .zip by a button on the notice.
 */
import { useCallback, useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import type { Scope } from "../../core/consolidation/scope";
import { DOCX_MIME, download } from "../../hosts/browser/download";
import { NoticeBar } from "../shared/NoticeBar";
import type { PaneProps } from "../shared/pane-props";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import { usePaneStyles } from "../shared/styles";
import { useBusy } from "../shared/use-busy";
import type { ChaseDownloads } from "./chase-builder";
import type { Sources } from "./use-sources";

const ZIP_MIME = "application/zip";

export function ChaseButton({
  campaign,
  lang,
  t,
  sources,
  scope,
}: Pick<PaneProps, "campaign" | "lang" | "t"> & { readonly sources: Sources; readonly scope: Scope }) {
  const styles = usePaneStyles();
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const [feedback, setFeedback] = useState<ChaseDownloads["feedback"]>();
  const { busy, during } = useBusy<"chase">();
  const year = scope.mode === "year" ? scope.year : scope.to;

  const chase = useCallback(
    () =>
      during("chase", async () => {
        setNotice(null);
        setFeedback(undefined);
        try {
          const { chaseDownloads } = await import(/* webpackChunkName: "chase" */ "./chase-builder");
          const out = await chaseDownloads(sources.given, campaign, year, lang);
          if (out.letterBytes) download(out.letterName, out.letterBytes, document, DOCX_MIME);
          setFeedback(out.feedback);
          setNotice({
            intent: out.letterBytes ? "success" : "info",
            title: out.letterBytes ? "chase.downloaded" : "chase.nobody",
            body: out.feedback ? "chase.feedback.ready" : "chase.feedback.none",
            params: {
              file: out.letterName,
              year,
              missing: out.missing.join(", ") || "—",
              errors: out.withErrors.join(", ") || "—",
              count: out.feedback?.count ?? 0,
            },
          });
        } catch (error) {
          setNotice(errorNotice("chase.error", error));
        }
      }),
    [during, sources.given, campaign, year, lang],
  );

  return (
    <>
      <div className={styles.row}>
        <Button
          disabled={busy !== null || sources.reading || sources.given.length === 0}
          icon={busy === "chase" ? <Spinner size="extra-tiny" /> : undefined}
          onClick={() => void chase()}
        >
          {t("chase.button", { year })}
        </Button>
      </div>
      <NoticeBar
        notice={notice}
        t={t}
        lang={lang}
        onDismiss={() => setNotice(null)}
        actions={
          feedback ? (
            <Button
              appearance="transparent"
              size="small"
              onClick={() => download(feedback.name, feedback.bytes, document, ZIP_MIME)}
            >
              {t("chase.feedback.download", { count: feedback.count })}
            </Button>
          ) : null
        }
      />
    </>
  );
}
