/**
 * Text safe to print on a terminal: control characters (ESC, CR, LF, BEL, DEL, the C1 range…) from a
 * file's name or content become visible escapes ("\x1b", "\r", "\n"), so a hostile name cannot move the
 * cursor, recolour the terminal or fake a line of output.
 */
export function printableName(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** Like printableName but keeps the line breaks and tabs of text the CLI itself lays out. */
export function printableText(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, escapeChar);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return (
    NAMED[c] ??
    (code > 0xff ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`)
  );
}
