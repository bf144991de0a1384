import { noticeUrl, type Notice } from "./notice";

/**
 * Shows the notice in an Office dialog and resolves when the user closes it: true, or false when no dialog
 * could be shown (Dialog API missing, or Office refused, e.g. because another dialog is open).
 */
export function showNoticeDialog(notice: Notice): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve(false);
  const url = noticeUrl(window.location.href, notice);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve(false);
        return;
      }
      const dialog = result.value;
      // The page sends a message from its Close button; the user may also close the dialog with its own ×.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve(true);
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(true));
    });
  });
}
