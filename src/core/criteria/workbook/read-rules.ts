/** The rules sheet: every rule is parsed; a rule that cannot be read or checked is left out, the others are kept. */
import type { Campaign, RuleDef } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { parseExpression, type ParseResult } from "../expression";
import type { KeysOf } from "./block";
import { cellText } from "./cells";
import { quotedList } from "./problem-text";
import type { ProblemLog } from "./problems";
import type { RecordReader } from "./read-context";
import { openBlock, openSheet } from "./read-sheet";
import { allowedNames, columnRefs, resolveTarget, type Target } from "./rule-names";
import { CRITERIA_SHEETS, RULES_BLOCK } from "./sheets";
import { SEVERITIES } from "./vocabulary";

type RuleRecord = RecordReader<KeysOf<typeof RULES_BLOCK>>;
type Parsed = Extract<ParseResult, { ok: true }>;
export type RuleScope = Pick<Campaign, "fields" | "tables" | "settings">;

const DEFAULT_CODE = "constraint-error";

export function readRules(
  snapshot: WorkbookSnapshot,
  base: RuleDef[],
  scope: RuleScope,
  log: ProblemLog,
): RuleDef[] {
  const grid = openSheet(snapshot, CRITERIA_SHEETS.rules, log);
  const records = grid && openBlock(grid, RULES_BLOCK, log);
  if (!records) return base;
  const rules: RuleDef[] = [];
  for (const r of records) {
    const rule = readRule(r, scope);
    if (!rule) continue;
    if (rules.some((x) => x.id === rule.id)) {
      r.error("id", "rules.duplicate", { id: rule.id });
      continue;
    }
    rules.push(rule);
  }
  return rules;
}

/** A clerk who typed "=AND(…)" got a formula: its text is the rule. A leading "=" is dropped. */
function expressionText(r: RuleRecord): string {
  const cell = r.cell("expression");
  const text =
    cellText(cell) === "" && cell?.formula !== undefined
      ? cell.formula.normalize("NFC").trim()
      : r.text("expression");
  return text.startsWith("=") ? text.slice(1).trim() : text;
}

function readRule(r: RuleRecord, scope: RuleScope): RuleDef | undefined {
  const id = r.required("id", "what.rule-id");
  const target = r.required("target", "what.target");
  const expression = expressionText(r);
  if (expression === "") r.error("expression", "rules.missing-expression");
  if (id === undefined || target === undefined || expression === "") return undefined;

  const resolved = resolveTarget(target, scope.fields, scope.tables);
  if (!resolved) {
    r.error("target", "rules.bad-target", { target, id });
    return undefined;
  }
  const parsed = parseExpression(expression);
  if (!parsed.ok) {
    r.errorAt("expression", parsed.error.position + 1, "rules.expression-unreadable", {
      detail: parsed.error.message,
      id,
    });
    return undefined;
  }
  if (!namesKnown(r, id, parsed, resolved, scope)) return undefined;

  return {
    id,
    target,
    expression,
    severity: severity(r),
    code: r.text("code") || DEFAULT_CODE,
    message: message(r),
    messageEn: r.text("messageEn"),
    sourceRow: r.row,
  };
}

function namesKnown(r: RuleRecord, id: string, parsed: Parsed, target: Target, scope: RuleScope): boolean {
  const allowed = allowedNames(target, scope.fields, scope.tables, scope.settings);
  const unknown = parsed.names.filter((n) => !allowed.has(n));
  unknown.push(...parsed.tables.filter((t) => !scope.tables.some((x) => x.id === t)));
  for (const ref of columnRefs(parsed.expr)) {
    const table = scope.tables.find((t) => t.id === ref.table);
    if (table && !table.columns.some((c) => c.id === ref.column)) unknown.push(`${ref.table}[${ref.column}]`);
  }
  if (unknown.length === 0) return true;
  const list = [...new Set(unknown)].join(", ");
  r.error("expression", "rules.unknown-names", { names: list, id });
  return false;
}

function severity(r: RuleRecord): RuleDef["severity"] {
  const text = r.text("severity");
  if (text === "") return "error";
  const v = SEVERITIES.read(text);
  if (v === undefined) {
    r.warning("severity", "rules.bad-severity", { words: quotedList(SEVERITIES.words), text });
  }
  return v ?? "error";
}

function message(r: RuleRecord): string {
  const text = r.text("message");
  if (text === "") r.warning("message", "rules.no-message");
  return text;
}
