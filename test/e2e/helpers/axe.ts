import AxeBuilder from "@axe-core/playwright";
import type { NodeResult, Result } from "axe-core";
import type { Page } from "playwright-core";

/**
 * Fluent UI's focus management (Tabster) puts focusable, aria-hidden "dummy" <i data-tabster-dummy> elements
 * around tab lists and dialogs on purpose: they only pass focus on, and screen readers must not announce them.
 * axe reports them under aria-hidden-focus; Microsoft's own scanner suppresses exactly these nodes
 * (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). Every other node still counts.
 */
function isTabsterDummy(rule: Result, node: NodeResult): boolean {
  return rule.id === "aria-hidden-focus" && node.html.includes("data-tabster-dummy");
}

/** "rule (impact): help — targets" for every serious or critical axe-core violation on the page as shown. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((rule) => rule.impact === "serious" || rule.impact === "critical")
    .map((rule) => ({ rule, nodes: rule.nodes.filter((node) => !isTabsterDummy(rule, node)) }))
    .filter(({ nodes }) => nodes.length > 0)
    .map(
      ({ rule, nodes }) =>
        `${rule.id} (${rule.impact}): ${rule.help} — ${nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}
