import { XLSX_ACCEPT_TYPES } from "./xlsx-accept";

/** A file the user picked, and, where the browser keeps a handle to it, a way to read it as it is now. */
export interface PickedFile {
  readonly file: File;
  /**
   * The file as it is on disk now (File System Access handles: Chrome and Edge). A File from an input or a
   * drop is what it was when picked: once it changed on disk, Chromium refuses to read it at all.
   */
  readonly reread?: () => Promise<File>;
}

interface FileHandle {
  getFile(): Promise<File>;
}
interface OpenFilePickerOptions {
  multiple: boolean;
  types: { description: string; accept: Record<string, string[]> }[];
}
type OpenFilePicker = (options: OpenFilePickerOptions) => Promise<FileHandle[]>;

function openFilePicker(): OpenFilePicker | undefined {
  const picker: unknown = Reflect.get(window, "showOpenFilePicker");
  return typeof picker === "function" ? (options) => Reflect.apply(picker, window, [options]) : undefined;
}

export const pickedFiles = (files: readonly File[]): PickedFile[] => files.map((file) => ({ file }));

/**
 * Asks for files with the browser's file picker where it gives handles (files that can be read again),
 * resolving with [] when the user closes it; undefined where there is no such picker, and the page's
 * file input is used instead.
 */
export async function pickWithHandles(multiple: boolean): Promise<PickedFile[] | undefined> {
  const pick = openFilePicker();
  if (!pick) return undefined;
  try {
    const handles = await pick({
      multiple,
      types: [{ description: "Excel, LibreOffice", accept: XLSX_ACCEPT_TYPES }],
    });
    return Promise.all(
      handles.map(async (handle) => ({ file: await handle.getFile(), reread: () => handle.getFile() })),
    );
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") return [];
    // Not allowed here (a cross-origin frame, a policy): the file input does the same without handles.
    return undefined;
  }
}

/** A pick button's click: the picker with handles where the browser has one, else the page's file input. */
export function pickFiles(
  input: HTMLInputElement | null,
  multiple: boolean,
  onFiles: (files: PickedFile[]) => void,
): void {
  void pickWithHandles(multiple).then((picked) => {
    if (picked === undefined) input?.click();
    else if (picked.length > 0) onFiles(picked);
  });
}
