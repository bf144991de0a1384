export { buildTemplatePlan, type TemplateOptions } from "./build-template";
export { layoutForm, type FormLayout, type FormSection, type FormRow, type FormCell } from "./form-layout";
export { formTitle } from "./form-sheet";
export { definedNameFor, isValidExcelName } from "./names";
export { META_KEYS, META_SHEET, readTemplateMeta, type TemplateMeta } from "./meta";
export { tableSheetName } from "./table-sheet";
export * from "./layout";
