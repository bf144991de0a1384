import type { UiKey } from "../../i18n/ui-text";
import type { EditableSetting } from "../../core/campaign/stored-settings";

export const SETTING_LABEL: Record<EditableSetting, UiKey> = {
  parentAgency: "settings.parentAgency",
  agency: "settings.agency",
  agencyShort: "settings.agencyShort",
  place: "settings.place",
  signerAuthority: "settings.signerAuthority",
  signerTitle: "settings.signerTitle",
  signerName: "settings.signerName",
};

export const AGENCY_SETTINGS: readonly EditableSetting[] = ["parentAgency", "agency", "agencyShort", "place"];
export const SIGNER_SETTINGS: readonly EditableSetting[] = ["signerAuthority", "signerTitle", "signerName"];
