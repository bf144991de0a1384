/**
 * Puts every file in its place: a (unit, year) slot of the consolidation, another year, a unit that is not
 * in the roster, or unreadable. Among several files for one slot the later report date wins.
 */
import type { RosterUnit } from "../campaign/model";
import { compareNumbers, compareText, firstNonZero } from "./compare";
import { compareDuplicates, type Entry } from "./entries";
import type { SlotState } from "./model";

export interface Slot {
  unit: RosterUnit;
  year: number;
  /** The kept file first, then the others in the order they lost. */
  files: Entry[];
  kept?: Entry;
  state: SlotState;
  included: boolean;
}

export interface Placement {
  years: number[];
  /** Listed units in roster order: every expected unit and the others that submitted for a requested year. */
  units: RosterUnit[];
  /** Every roster unit in roster order (status rows also list other-year files of units not listed). */
  roster: RosterUnit[];
  slots: Map<string, Slot>;
  otherYear: Entry[];
  strays: Entry[];
  unreadable: Entry[];
}

export function slotKey(code: string, year: number): string {
  return `${code}\u0000${year}`;
}

export function slotOf(placement: Placement, unit: RosterUnit, year: number): Slot {
  const slot = placement.slots.get(slotKey(unit.code, year));
  if (!slot) throw new Error(`No slot for ${unit.code} ${year}`);
  return slot;
}

export function rosterOrder(roster: RosterUnit[]): RosterUnit[] {
  return [...roster].sort((a, b) =>
    firstNonZero(
      () => compareNumbers(a.order, b.order),
      () => compareText(a.code, b.code),
    ),
  );
}

function stateOf(kept: Entry | undefined, excludeInvalid: boolean): SlotState {
  if (!kept) return "missing";
  if (kept.errors === 0) return "valid";
  return excludeInvalid ? "excluded" : "with-errors";
}

/** `entries` must already be in the order of compareEntries. */
export function placeEntries(
  entries: Entry[],
  roster: RosterUnit[],
  years: number[],
  excludeInvalid: boolean,
): Placement {
  const byKey = new Map<string, Entry[]>();
  const otherYear: Entry[] = [];
  const strays: Entry[] = [];
  const unreadable: Entry[] = [];
  for (const entry of entries) {
    if (!entry.result) unreadable.push(entry);
    else if (!entry.unit) strays.push(entry);
    else if (entry.year === undefined || !years.includes(entry.year)) otherYear.push(entry);
    else {
      const key = slotKey(entry.unit.code, entry.year);
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
  }
  const ordered = rosterOrder(roster);
  const slots = new Map<string, Slot>();
  for (const unit of ordered) {
    for (const year of years) {
      const files = [...(byKey.get(slotKey(unit.code, year)) ?? [])].sort(compareDuplicates);
      const kept = files[0];
      const state = stateOf(kept, excludeInvalid);
      slots.set(slotKey(unit.code, year), {
        unit,
        year,
        files,
        kept,
        state,
        included: state === "valid" || state === "with-errors",
      });
    }
  }
  const units = ordered.filter((u) => u.expected || years.some((y) => slots.get(slotKey(u.code, y))?.kept));
  return { years, units, roster: ordered, slots, otherYear, strays, unreadable };
}
