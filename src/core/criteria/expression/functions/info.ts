import { isBlank, scalar } from "../values";
import type { FunctionTable } from "./types";

export const INFO_FUNCTIONS: FunctionTable = {
  ISBLANK: { min: 1, max: 1, apply: ([value]) => isBlank(scalar(value, "in ISBLANK")) },
  ISNUMBER: { min: 1, max: 1, apply: ([value]) => typeof scalar(value, "in ISNUMBER") === "number" },
  ISTEXT: {
    min: 1,
    max: 1,
    apply: ([value]) => {
      const v = scalar(value, "in ISTEXT");
      return typeof v === "string" && !isBlank(v);
    },
  },
};
