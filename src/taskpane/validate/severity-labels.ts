import type { Severity } from "../../core/campaign/model";
import type { UiKey } from "../../i18n/ui-text";

export const SEVERITY_LABEL: Record<Severity, UiKey> = {
  error: "severity.error",
  warning: "severity.warning",
  info: "severity.info",
};
