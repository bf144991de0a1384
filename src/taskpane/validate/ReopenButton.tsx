import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import { pickFiles, pickedFiles, type PickedFile } from "../shared/picked-file";
import { XLSX_ACCEPT } from "../shared/xlsx-accept";

/**
 * "Mở lại tệp": picks the file again. A File from the page's file input is what it was when picked; once it
 * changed on disk (Chromium refuses to read it at all), only picking it again gives the new version.
 */
export function ReopenButton({
  t,
  file,
  disabled,
  onFiles,
}: {
  readonly t: Translate;
  readonly file: string;
  readonly disabled: boolean;
  readonly onFiles: (files: PickedFile[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const label = t("validate.files.reopenNamed", { file });
  return (
    <>
      <Button
        size="small"
        appearance="primary"
        disabled={disabled}
        aria-label={label}
        onClick={() => pickFiles(input.current, false, onFiles)}
      >
        {t("validate.files.reopen")}
      </Button>
      <input
        ref={input}
        type="file"
        accept={XLSX_ACCEPT}
        hidden
        aria-label={label}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(pickedFiles(files));
        }}
      />
    </>
  );
}
