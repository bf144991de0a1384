import { DEFAULT_CAMPAIGN } from "../../core/campaign/default-campaign";
import type { Campaign } from "../../core/campaign/model";

/** The default campaign with a roster of n units, so that n benchmark workbooks are n different units. */
export function campaignWithUnits(n: number): Campaign {
  const roster = [...DEFAULT_CAMPAIGN.roster];
  for (let i = roster.length + 1; i <= n; i++) {
    roster.push({
      code: `DV${String(i).padStart(3, "0")}`,
      name: `Đơn vị thử nghiệm số ${i}`,
      order: i,
      expected: true,
    });
  }
  return { ...DEFAULT_CAMPAIGN, roster: roster.slice(0, Math.max(n, 1)) };
}
