/**
 * The order in which files and missing reports are listed in the status and findings tables: roster units
 * in roster order (each requested year: the kept file, then its duplicates, or a missing report; then the
 * unit's files for other years), then files of units not in the roster, then unreadable files.
 */
import type { RosterUnit } from "../campaign/model";
import type { Entry } from "./entries";
import { slotOf, type Placement, type Slot } from "./placement";

export type ListedItem =
  | { kind: "slot-file"; slot: Slot; entry: Entry; kept: boolean }
  | { kind: "missing"; slot: Slot }
  | { kind: "other-year"; unit: RosterUnit; entry: Entry }
  | { kind: "stray"; entry: Entry }
  | { kind: "unreadable"; entry: Entry };

export function listItems(placement: Placement): ListedItem[] {
  const items: ListedItem[] = [];
  const listed = new Set(placement.units);
  for (const unit of placement.roster) {
    if (listed.has(unit)) {
      for (const year of placement.years) {
        const slot = slotOf(placement, unit, year);
        if (slot.files.length === 0) {
          if (unit.expected) items.push({ kind: "missing", slot });
        } else {
          slot.files.forEach((entry, i) => items.push({ kind: "slot-file", slot, entry, kept: i === 0 }));
        }
      }
    }
    for (const entry of placement.otherYear)
      if (entry.unit?.code === unit.code) items.push({ kind: "other-year", unit, entry });
  }
  for (const entry of placement.strays) items.push({ kind: "stray", entry });
  for (const entry of placement.unreadable) items.push({ kind: "unreadable", entry });
  return items;
}
