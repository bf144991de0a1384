import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import {
  applySettings,
  settingsFromRecord,
  settingsToRecord,
} from "../../../src/core/campaign/stored-settings";

describe("settings kept in the workbook", () => {
  it("start from the campaign's defaults", () => {
    const settings = settingsFromRecord({}, DEFAULT_CAMPAIGN);
    expect(settings.agencyText.agency).toBe("SỞ XÂY DỰNG");
    expect(settings.documentNumber).toBe("");
    expect(settings.notExpected).toEqual([]);
    expect(applySettings(DEFAULT_CAMPAIGN, settings)).toEqual(DEFAULT_CAMPAIGN);
  });

  it("round-trip through the flat strings the host stores, under the criteria sheet's keys", () => {
    const settings = settingsFromRecord({}, DEFAULT_CAMPAIGN);
    settings.agencyText.signerName = "  Nguyễn Văn Bình ";
    settings.documentNumber = "125";
    settings.notExpected = ["TTQH", "BQLDA"];
    const record = settingsToRecord(settings);
    expect(record).toMatchObject({
      signer_name: "Nguyễn Văn Bình",
      agency: "SỞ XÂY DỰNG",
      document_number: "125",
      roster_not_expected: "TTQH,BQLDA",
    });
    expect(settingsFromRecord(record, DEFAULT_CAMPAIGN)).toEqual({
      ...settings,
      agencyText: { ...settings.agencyText, signerName: "Nguyễn Văn Bình" },
    });
  });

  it("change the campaign: agency and signer texts, who is expected to report", () => {
    const campaign = applySettings(
      DEFAULT_CAMPAIGN,
      settingsFromRecord({ place: "Đà Lạt", roster_not_expected: "BQLDA" }, DEFAULT_CAMPAIGN),
    );
    expect(campaign.settings.place).toBe("Đà Lạt");
    expect(campaign.roster.filter((u) => !u.expected).map((u) => u.code)).toEqual(["BQLDA"]);
    expect(campaign.settings.firstYear).toBe(2021);
  });
});
