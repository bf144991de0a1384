import type ExcelJS from "exceljs";
import type { CellStyle, StyledRange } from "../../core/workbook-model/plan";
import { parseRange } from "../../core/workbook-model/address";
import { MAX_COLUMNS } from "../../core/workbook-model/sheet-refs";
import { layerStyles, toExcelStyle } from "./styles";

/**
 * Applies styled ranges in order, later properties overriding earlier ones. Cells that received the same
 * sequence of styles share one layered style, so the work per cell is a map lookup, not an object merge.
 */
export function applyStyles(ws: ExcelJS.Worksheet, styles: StyledRange[]): void {
  const layered: CellStyle[] = [];
  // Key of "layer `before` (or none, -1) with style i on top": (before + 1) * count + i.
  const layerIds = new Map<number, number>();
  const cellLayer = new Map<number, number>();
  styles.forEach((styled, styleIndex) => {
    const r = parseRange(styled.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const key = row * (MAX_COLUMNS + 1) + col;
        const before = cellLayer.get(key);
        const layerKey = ((before ?? -1) + 1) * styles.length + styleIndex;
        let id = layerIds.get(layerKey);
        if (id === undefined) {
          id = layered.length;
          layered.push(before === undefined ? styled.style : layerStyles(layered[before], styled.style));
          layerIds.set(layerKey, id);
        }
        cellLayer.set(key, id);
      }
    }
  });
  const excelStyles = layered.map(toExcelStyle);
  for (const [key, id] of cellLayer) {
    const row = Math.floor(key / (MAX_COLUMNS + 1));
    // A copy per cell: ExcelJS setters such as cell.numFmt mutate the style object in place.
    ws.getCell(row, key - row * (MAX_COLUMNS + 1)).style = { ...excelStyles[id] };
  }
}
