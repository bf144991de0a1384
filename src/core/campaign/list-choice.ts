import { foldKey } from "../locale/text";
import type { ListDef } from "./model";

/** Each list's values by their folded key, made once per list (a unit's rows look up every cell). */
const byKey = new WeakMap<ListDef, Map<string, string>>();

/**
 * The list's own spelling of a value typed in another case, spacing or Unicode form ("văn phòng sở" →
 * "Văn phòng Sở"); undefined when the list does not hold it.
 */
export function listChoice(list: ListDef, value: string): string | undefined {
  let keys = byKey.get(list);
  if (!keys) {
    keys = new Map();
    for (const v of list.values) {
      const key = foldKey(v);
      if (!keys.has(key)) keys.set(key, v);
    }
    byKey.set(list, keys);
  }
  return keys.get(foldKey(value));
}
