/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { makeT } from "../../src/i18n/ui-text";
import { VerdictList } from "../../src/taskpane/validate/VerdictList";
import type { VerdictGroup } from "../../src/taskpane/validate/verdict-groups";
import { cleanup, mount, textOf } from "./helpers/dom";

afterEach(cleanup);

const group = (title: string, verdict: VerdictGroup["items"][number]["verdict"]): VerdictGroup => ({
  key: title,
  title,
  file: title,
  items: [{ key: title, verdict }],
});

describe("the verdicts in words", () => {
  it("says what to fix, what may be sent, and for a file that is no form what to do, from the catalogue", () => {
    const groups = [
      group("a.xlsx", { kind: "fix", errors: 4, warnings: 0 }),
      group("b.xlsx", { kind: "fix", errors: 1, warnings: 2 }),
      group("c.xlsx", { kind: "ready", warnings: 0 }),
      group("d.xlsx", { kind: "ready", warnings: 3 }),
      group("e.xls", {
        kind: "unreadable",
        finding: {
          code: "unreadable-workbook",
          severity: "error",
          file: "e.xls",
          params: { variant: "legacy-xls", detail: "Can't find end of central directory" },
        },
      }),
      group("f.xlsx", {
        kind: "not-a-form",
        finding: { code: "not-the-template", severity: "error", file: "f.xlsx", params: {} },
      }),
      group("g.xlsx", { kind: "changed" }),
    ];
    const { container } = mount(
      <FluentProvider theme={webLightTheme}>
        <VerdictList groups={groups} t={makeT("vi")} lang="vi" disabled={false} onRemove={() => undefined} />
      </FluentProvider>,
    );
    const rows = [...container.querySelectorAll("ul > li")].map(textOf);
    expect(rows[0]).toBe("a.xlsx4 lỗi cần sửa trước khi gửiBỏ tệp");
    expect(rows[1]).toBe("b.xlsx1 lỗi cần sửa trước khi gửi; 2 cảnh báo nên xem lạiBỏ tệp");
    expect(rows[2]).toBe("c.xlsxHợp lệ — có thể gửiBỏ tệp");
    expect(rows[3]).toBe("d.xlsxHợp lệ — có thể gửi; nên xem lại 3 cảnh báoBỏ tệp");
    expect(rows[4]).toContain("Không đọc được tệp, chưa kiểm tra được");
    expect(rows[4]).toContain("Tệp Excel 97-2003 (.xls). Hãy mở bằng Excel");
    expect(rows[5]).toContain("Không phải biểu mẫu báo cáo của đơn vị");
    expect(rows[5]).toContain("Hãy nhập số liệu vào biểu mẫu chuẩn");
    expect(rows[6]).toContain("Tệp đã thay đổi trên máy sau khi mở");
    expect(textOf(container)).not.toContain("central directory");
    expect(container.querySelector('button[aria-label="Bỏ tệp a.xlsx"]')).not.toBeNull();
  });
});
