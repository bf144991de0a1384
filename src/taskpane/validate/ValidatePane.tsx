import { CriteriaInForceBar } from "../criteria/CriteriaInForceBar";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { useValidatePane } from "./use-validate-pane";
import { ValidateView } from "./ValidateView";

/** Kiểm tra: the state and its wiring to the host in a hook, the drawing in ValidateView. */
export function ValidatePane({ host, campaign, lang, t, hidden }: PaneProps) {
  const pane = useValidatePane(host, campaign);
  return (
    <PaneFrame tab="validate" t={t} hidden={hidden}>
      <CriteriaInForceBar t={t} lang={lang} />
      <ValidateView pane={pane} t={t} lang={lang} />
    </PaneFrame>
  );
}
