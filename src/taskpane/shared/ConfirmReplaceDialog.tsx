import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import type { ConfirmReplace } from "./use-confirm-replace";

/** Asks before existing sheets are replaced; closing the dialog (Esc) cancels: nothing is written. */
export function ConfirmReplaceDialog({
  question,
  t,
}: {
  readonly question: ConfirmReplace;
  readonly t: Translate;
}) {
  const { asking, answer } = question;
  return (
    <Dialog
      open={asking !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) answer("cancel");
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("confirm.replace.title")}</DialogTitle>
          <DialogContent>
            <p>{t("confirm.replace.body", { count: asking?.length ?? 0 })}</p>
            <ul>
              {(asking ?? []).map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => answer("replace")}>
              {t("confirm.replace.yes")}
            </Button>
            <Button onClick={() => answer("keep")}>{t("confirm.replace.no")}</Button>
            <Button onClick={() => answer("cancel")}>{t("confirm.replace.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
