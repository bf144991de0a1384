/**
 * The validation engine (reading a unit's form, the built-in checks, the criteria's rules), for Kiểm tra and
 * for the files Tổng hợp reads, in a chunk of its own: fetched while the browser is idle once the pane is
 * shown, and waited for by the first check. The pane's first download stays small.
 */
export async function loadChecks() {
  const [units, files, opened] = await Promise.all([
    import(/* webpackChunkName: "checks", webpackPrefetch: true */ "../../jobs/workbook-units"),
    import(/* webpackChunkName: "checks", webpackPrefetch: true */ "../../jobs/read-file"),
    import(/* webpackChunkName: "checks", webpackPrefetch: true */ "../validate/check-opened-file"),
  ]);
  return {
    checkActiveUnit: units.checkActiveUnit,
    checkUnitSheets: units.checkUnitSheets,
    readWorkbookInputs: units.readWorkbookInputs,
    checkFile: files.checkFile,
    checkOpenedFile: opened.checkOpenedFile,
    couldNotLoad: opened.couldNotLoad,
  };
}
