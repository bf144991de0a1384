import { useRef, useState } from "react";
import { Body1, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import { pickFiles, pickedFiles, type PickedFile } from "../shared/picked-file";
import { XLSX_ACCEPT } from "../shared/xlsx-accept";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  text: {
    margin: 0,
  },
});

export interface DropZoneProps {
  readonly t: Translate;
  readonly disabled?: boolean;
  readonly onFiles: (files: PickedFile[]) => void;
}

/**
 * Files dropped here or picked with the button. Every dropped file is taken, .xlsx or not: the reader
 * explains what is wrong with an .xls or a PDF better than silently ignoring it would.
 */
export function DropZone({ t, disabled, onFiles }: DropZoneProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...event.dataTransfer.files];
        if (files.length > 0 && !disabled) onFiles(pickedFiles(files));
      }}
    >
      <Body1 as="p" className={styles.text}>
        {t("consolidate.drop.hint")}
      </Body1>
      <Button disabled={disabled} onClick={() => pickFiles(input.current, true, onFiles)}>
        {t("consolidate.drop.pick")}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept={XLSX_ACCEPT}
        hidden
        aria-label={t("consolidate.drop.pick")}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that picking the same file again is a change too.
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(pickedFiles(files));
        }}
      />
    </div>
  );
}
