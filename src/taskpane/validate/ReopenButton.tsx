import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import { XLSX_ACCEPT } from "../consolidate/DropZone";

/**
 * "Mở lại tệp": picks the file again. A browser reads a picked file as it was when picked; once it changed
 * on disk (Chromium refuses to read it at all), only picking it again gives the new version.
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
  readonly onFiles: (files: File[]) => void;
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
        onClick={() => input.current?.click()}
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
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
