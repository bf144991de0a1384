/**
 * Defined names of the template's input cells. A name equals its field id, except where Excel refuses
 * the id as a name: ids that read as a cell reference ("c1" is column C, row 1; "r1c1"; "tbl1"), "r",
 * "c", TRUE/FALSE. Those get a leading underscore ("_c1"). Readers look names up with definedNameFor.
 */

const NAME_CHARS = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
const A1_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;
const R1C1_LIKE = /^(?:[Rr][0-9]*)?(?:[Cc][0-9]*)?$/;
const BOOLEAN = /^(?:true|false)$/i;

export function isValidExcelName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    NAME_CHARS.test(name) &&
    !A1_LIKE.test(name) &&
    !R1C1_LIKE.test(name) &&
    !BOOLEAN.test(name)
  );
}

export function definedNameFor(fieldId: string): string {
  return isValidExcelName(fieldId) ? fieldId : `_${fieldId}`;
}
