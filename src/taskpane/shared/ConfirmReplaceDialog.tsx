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

/** Asks before existing sheets are replaced; closing the dialog keeps them and writes under new names. */
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
        if (!data.open) answer(false);
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
            <Button appearance="primary" onClick={() => answer(true)}>
              {t("confirm.replace.yes")}
            </Button>
            <Button onClick={() => answer(false)}>{t("confirm.replace.no")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
