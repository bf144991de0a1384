/** What a clerk needs from a check: may this form be sent, and if not, how much is left to fix. */
import type { Finding } from "../../core/findings/finding";
import type { UnitCheck } from "../../jobs/workbook-units";
import type { StatusText } from "../shared/LiveStatus";

/** Findings that say the file is no unit's form at all: one message instead of a count of errors. */
const NOT_A_FORM = new Set(["unreadable-workbook", "not-the-template", "thidua-output"]);

export type Verdict =
  | { kind: "fix"; errors: number; warnings: number }
  | { kind: "ready"; warnings: number }
  /** Not read, or read and found to be no unit's form: `finding` says why and what to do. */
  | { kind: "unreadable" | "not-a-form"; finding: Finding };

export function verdictOf(unit: UnitCheck): Verdict {
  const { findings, counts } = unit.check;
  const blocking = findings.find((f) => NOT_A_FORM.has(f.code));
  if (blocking)
    return { kind: blocking.code === "unreadable-workbook" ? "unreadable" : "not-a-form", finding: blocking };
  if (counts.error > 0) return { kind: "fix", errors: counts.error, warnings: counts.warning };
  return { kind: "ready", warnings: counts.warning };
}

export interface VerdictTally {
  /** Unit forms checked: the files that were read and are a unit's form. */
  forms: number;
  toFix: number;
  ready: number;
  unreadable: number;
  notForms: number;
  /** Files to open again: they changed on disk and the browser would not read them again. */
  changed: number;
}

export function tallyVerdicts(units: readonly UnitCheck[], changed = 0): VerdictTally {
  const verdicts = units.map(verdictOf);
  const count = (kind: Verdict["kind"]): number => verdicts.filter((v) => v.kind === kind).length;
  return {
    forms: count("fix") + count("ready"),
    toFix: count("fix"),
    ready: count("ready"),
    unreadable: count("unreadable"),
    notForms: count("not-a-form"),
    changed,
  };
}

/** The line said when a check ends: the forms, then apart from them the files that are no form. */
export function overallStatus(tally: VerdictTally): StatusText {
  const then: StatusText[] = [];
  if (tally.unreadable > 0)
    then.push({ key: "validate.summary.unreadable", params: { count: tally.unreadable } });
  if (tally.notForms > 0) then.push({ key: "validate.summary.notForms", params: { count: tally.notForms } });
  if (tally.changed > 0) then.push({ key: "validate.summary.changed", params: { count: tally.changed } });
  if (tally.forms === 0 && then.length > 0) return { key: "validate.summary.noForms", then };
  return {
    key: "validate.summary.forms",
    params: { forms: tally.forms, toFix: tally.toFix, ready: tally.ready },
    ...(then.length > 0 ? { then } : {}),
  };
}
