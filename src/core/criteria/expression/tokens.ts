export type TokenKind =
  | "number"
  | "string"
  | "identifier"
  | "column" // [column name] right after a table name
  | "self"
  | "operator"
  | "("
  | ")"
  | "separator" // "," or ";" between arguments
  | "end";

export interface Token {
  kind: TokenKind;
  /** The text as written, except: string tokens hold the unescaped text, column tokens the trimmed name. */
  text: string;
  /** 0-based offset in the source. */
  position: number;
  /** Offset just after the token. */
  end: number;
}
