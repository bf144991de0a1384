"""Types cells into a workbook in LibreOffice Calc (headless, over UNO) and saves it as .xlsx, as a unit
filling the template in LibreOffice would, and also as .ods (LibreOffice's own format) when given a fifth
argument. Usage: libreoffice-fill.py PIPE INPUT OUTPUT CELLS.json [OUTPUT.ods], PIPE the name LibreOffice
accepts UNO connections on (--accept=pipe,name=PIPE;urp;).
CELLS.json: [{"sheet": "...", "cell": "A14", "value": "text" or number}, ...]. Ends LibreOffice when done."""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.5)


def main():
    pipe, source, target, cells_file = sys.argv[1:5]
    target_ods = sys.argv[5] if len(sys.argv) > 5 else None
    ctx = connect(pipe)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    with open(cells_file, encoding="utf-8") as f:
        cells = json.load(f)
    for c in cells:
        cell = doc.Sheets.getByName(c["sheet"]).getCellRangeByName(c["cell"])
        if isinstance(c["value"], str):
            cell.setString(c["value"])
        else:
            cell.setValue(c["value"])
    doc.calculateAll()
    doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    if target_ods:
        doc.storeToURL(uno.systemPathToFileUrl(target_ods), (prop("FilterName", "calc8"),))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # LibreOffice closes the connection as it ends


main()
