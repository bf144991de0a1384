import type { Campaign } from "../../campaign/model";
import type { SummaryColumn } from "./columns";

export interface CopiedColumn {
  id: string;
  column: SummaryColumn;
}

/** The columns of one of the campaign's tables as summary columns, except `skip`. */
export function copiedColumns(campaign: Campaign, tableId: string, skip: string[]): CopiedColumn[] {
  const def = campaign.tables.find((t) => t.id === tableId);
  return (def?.columns ?? [])
    .filter((c) => !skip.includes(c.id))
    .map((c) => ({
      id: c.id,
      column: {
        header: c.label,
        kind: c.type === "integer" ? "integer" : "text",
        maxWidth: Math.max(12, c.width + 4),
      },
    }));
}
