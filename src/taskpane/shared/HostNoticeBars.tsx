import { useEffect, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../core/locale/lang";
import { describeNotice, type HostNotice } from "../../hosts/office/notices";
import type { Translate } from "../../i18n/ui-text";
import type { HostNoticeChannel } from "../workbook/host-notices";

/** What this Excel could not do during an operation (a missing API), until the user dismisses it. */
export function HostNoticeBars({
  subscribe,
  t,
  lang,
}: {
  readonly subscribe?: HostNoticeChannel["subscribe"];
  readonly t: Translate;
  readonly lang: Lang;
}) {
  const [notices, setNotices] = useState<HostNotice[]>([]);
  useEffect(() => subscribe?.((notice) => setNotices((list) => [...list, notice])), [subscribe]);
  return notices.map((notice, i) => (
    <MessageBar key={i} intent="warning" layout="multiline">
      <MessageBarBody>{describeNotice(notice, lang)}</MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="transparent"
          size="small"
          onClick={() => setNotices((list) => list.filter((_, j) => j !== i))}
        >
          {t("action.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  ));
}
