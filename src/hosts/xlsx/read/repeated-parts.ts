/**
 * Parts that come back unchanged from one file of a batch to the next (the template saved by one program:
 * its relationships, often its styles and workbook part) are parsed once. Each is looked up by its whole
 * text, so only an identical part is taken from here. What is kept is frozen: every snapshot read from such
 * a part shares it. A few short parts of each kind are kept, so the memory stays bounded.
 */
const KEPT = 8;
const LONGEST = 64 * 1024;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class RepeatedParts<T> {
  private readonly byKey = new Map<string, T>();

  /** The parsed form of the part whose text (and whatever else its parsing depends on) `key` is. */
  get(key: string, parse: () => T): T {
    if (key.length > LONGEST) return parse();
    let parsed = this.byKey.get(key);
    if (parsed === undefined) {
      parsed = deepFreeze(parse());
      const oldest = this.byKey.keys().next();
      if (this.byKey.size >= KEPT && !oldest.done) this.byKey.delete(oldest.value);
      this.byKey.set(key, parsed);
    }
    return parsed;
  }
}
