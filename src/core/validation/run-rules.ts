import type { Campaign, RuleDef } from "../campaign/model";
import { settingNames } from "../campaign/default-campaign";
import type { ScoreSummary } from "../campaign/scoring";
import {
  evaluate,
  ExpressionError,
  type EvalContext,
  parseExpression,
  type ExprValue,
  type ParseResult,
} from "../criteria/expression";
import type { Submission, TableRowReading } from "../submission/model";
import type { Finding, FindingCode } from "../findings/finding";
import { FINDING_CODES } from "../findings/finding";
import { findingOfRule, newFinding } from "../findings/catalogue";
import { formatParam } from "./format-param";

/** The row columns of a scope that is not a table row. */
const NO_COLUMNS: TableRowReading["values"] = Object.freeze({});

const UNKNOWN = new Set(["invalid", "error", "merged", "missing", "uncalculated"]);

const parsedRules = new Map<string, ParseResult>();

function parse(expression: string): ParseResult {
  let result = parsedRules.get(expression);
  if (!result) {
    result = parseExpression(expression);
    parsedRules.set(expression, result);
  }
  return result;
}

/** A rule that parsed, with what every file's run of it needs. */
interface PreparedRule {
  rule: RuleDef;
  expr: Extract<ParseResult, { ok: true }>["expr"];
  tables: string[];
  /** The names it reads, "." (the row's own value) left out. */
  names: string[];
  needsClassification: boolean;
}

/** The campaign's rules made ready once; those that do not parse were reported when the criteria were read. */
const preparedRules = new WeakMap<readonly RuleDef[], PreparedRule[]>();

function prepare(rules: readonly RuleDef[]): PreparedRule[] {
  let prepared = preparedRules.get(rules);
  if (!prepared) {
    prepared = rules.flatMap((rule) => {
      const parsed = parse(rule.expression);
      if (!parsed.ok) return [];
      const names = parsed.names.filter((n) => n !== ".");
      return [
        {
          rule,
          expr: parsed.expr,
          tables: parsed.tables,
          names,
          needsClassification: names.includes("classification"),
        },
      ];
    });
    preparedRules.set(rules, prepared);
  }
  return prepared;
}

interface RuleScope {
  self: ExprValue;
  row?: TableRowReading;
  cell?: string;
  sheet?: string;
  field: string;
}

/** Evaluates the campaign's rules; a rule whose inputs were already reported as unreadable is skipped. */
export function runRules(
  sub: Submission,
  campaign: Campaign,
  scores: ScoreSummary,
  today?: number,
): Finding[] {
  const findings: Finding[] = [];
  const settings = settingNames(campaign.settings);
  const requiredIds = new Set(campaign.fields.filter((f) => f.required).map((f) => f.id));

  const fieldUnknown = (name: string): boolean => {
    const reading = sub.fields[name];
    if (!reading) return false;
    return UNKNOWN.has(reading.status) || (reading.status === "blank" && requiredIds.has(name));
  };

  const resolveBase = (name: string): ExprValue | undefined => {
    const reading = sub.fields[name];
    if (reading) return reading.value;
    if (name in settings) return settings[name];
    if (name === "classification") return scores.classification ?? null;
    return undefined;
  };

  const column = (table: string, col: string): ExprValue[] | undefined => {
    const reading = sub.tables[table];
    if (!reading || reading.foundBy === "missing") return undefined;
    return reading.rows.map((r) => r.values[col] ?? null);
  };
  const rowCount = (table: string): number | undefined => {
    const reading = sub.tables[table];
    return reading && reading.foundBy !== "missing" ? reading.rows.length : undefined;
  };

  // One context for every evaluation of the file, pointed at each scope's row in turn: the rules run some
  // hundred times a file.
  let rowColumns = NO_COLUMNS;
  const resolve = (name: string): ExprValue | undefined =>
    name in rowColumns ? rowColumns[name] : resolveBase(name);
  const ctx: EvalContext = { self: null, resolve, column, rowCount, today };
  const readsUnknown = (names: string[]): boolean => {
    for (const n of names) if (!(n in rowColumns) && fieldUnknown(n)) return true;
    return false;
  };

  for (const { rule, expr, tables, names, needsClassification } of prepare(campaign.rules)) {
    if (needsClassification && scores.classification === undefined) continue;
    if (tables.some((t) => sub.tables[t]?.foundBy === "missing")) continue;

    for (const scope of scopesOf(rule, sub)) {
      if (!scope.row && scope.field in sub.fields && fieldUnknown(scope.field)) continue;
      rowColumns = scope.row?.values ?? NO_COLUMNS;
      if (readsUnknown(names)) continue;
      ctx.self = scope.self;
      let result: ExprValue;
      try {
        result = evaluate(expr, ctx);
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        findings.push(ruleError(sub, rule, scope, error));
        continue;
      }
      if (isTrue(result)) continue;
      findings.push(ruleFinding(sub, campaign, rule, scope, names, resolve));
    }
  }
  return findings;
}

function isTrue(value: ExprValue): boolean {
  return value === true || (typeof value === "number" && value !== 0);
}

/** Where a rule runs: once on a field, once per non-blank row for a table column, once for a table. */
function scopesOf(rule: RuleDef, sub: Submission): RuleScope[] {
  const [target, col] = rule.target.split(".");
  const table = sub.tables[target];
  if (table) {
    if (table.foundBy === "missing") return [];
    if (col === undefined) {
      const first = table.rows[0];
      return [
        {
          self: null,
          sheet: table.sheet,
          cell: first ? Object.values(first.cells)[0] : undefined,
          field: target,
        },
      ];
    }
    return table.rows.map((row) => ({
      self: row.values[col] ?? null,
      row,
      sheet: table.sheet,
      cell: row.cells[col],
      field: rule.target,
    }));
  }
  const reading = sub.fields[target];
  if (!reading) return [];
  if (UNKNOWN.has(reading.status)) return [];
  return [
    { self: reading.value, sheet: reading.location?.sheet, cell: reading.location?.cell, field: target },
  ];
}

function ruleFinding(
  sub: Submission,
  campaign: Campaign,
  rule: RuleDef,
  scope: RuleScope,
  names: string[],
  resolve: (name: string) => ExprValue | undefined,
): Finding {
  const params: Record<string, string | number> = { rule: rule.id, value: formatParam("value", scope.self) };
  params.label = labelOf(campaign, scope.field);
  for (const name of [...names, ...Object.keys(settingNames(campaign.settings)), "classification"]) {
    const value = resolve(name);
    if (value !== undefined && !Array.isArray(value)) params[name] = formatParam(name, value);
  }
  const code: FindingCode = (FINDING_CODES as readonly string[]).includes(rule.code)
    ? (rule.code as FindingCode)
    : "constraint-error";
  return findingOfRule(code, rule.severity, {
    file: sub.file,
    sheet: scope.sheet,
    cell: scope.cell,
    field: scope.field,
    ruleId: rule.id,
    ruleRow: rule.sourceRow,
    params,
    ruleMessage: { vi: rule.message, en: rule.messageEn || rule.message },
  });
}

/**
 * A rule that could not run: the catalogue says why in the user's words, by the error's code (and the name
 * it is about); the evaluator's own sentence stays in `detail`, for --json only. A rule of the default
 * criteria has no row of a Rules sheet to fix: its text says to check the file's figures instead.
 */
function ruleError(sub: Submission, rule: RuleDef, scope: RuleScope, error: ExpressionError): Finding {
  const named: Record<string, string> =
    error.subject !== undefined ? { variant: error.code, subject: error.subject } : {};
  const variant = NEEDS_SUBJECT.has(error.code) ? named : { variant: error.code };
  return newFinding("rule-error", {
    file: sub.file,
    sheet: scope.sheet,
    cell: scope.cell,
    field: scope.field,
    ruleId: rule.id,
    ruleRow: rule.sourceRow,
    params:
      rule.sourceRow === undefined
        ? { rule: rule.id, variant: "built-in", detail: error.message }
        : { rule: rule.id, row: rule.sourceRow, ...variant, detail: error.message },
  });
}

/** The codes whose text names the field or function: without that name, the general text is used. */
const NEEDS_SUBJECT = new Set<ExpressionError["code"]>(["unknown-name", "unknown-function", "arity"]);

/** The label of a field ("b03_donors") or a table column ("tbl_proposals.form"). */
function labelOf(campaign: Campaign, target: string): string {
  const [table, column] = target.split(".");
  if (column !== undefined) {
    return campaign.tables.find((t) => t.id === table)?.columns.find((c) => c.id === column)?.label ?? target;
  }
  return (
    campaign.fields.find((f) => f.id === target)?.label ??
    campaign.tables.find((t) => t.id === target)?.title ??
    target
  );
}
