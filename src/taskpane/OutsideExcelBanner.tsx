import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Translate } from "../i18n/ui-text";

export function OutsideExcelBanner({ t }: { readonly t: Translate }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("banner.outsideExcel.title")}</MessageBarTitle> {t("banner.outsideExcel.body")}
      </MessageBarBody>
    </MessageBar>
  );
}
