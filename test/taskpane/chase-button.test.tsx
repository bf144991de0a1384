/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { strFromU8, unzipSync } from "fflate";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import { button, cleanup, click, mountSettled, pickFiles, textOf, waitFor } from "./helpers/dom";
import { fakeHost } from "./helpers/fake-host";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { sampleBatch } from "../../src/dev/sample/batch";
import { batch2024, planOf, xlsxFile } from "./helpers/samples";

const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };
const batch = batch2024();
let files: File[];

beforeAll(async () => {
  files = [
    await xlsxFile(planOf(batch, "VP"), "VP-2024.xlsx"),
    await xlsxFile(planOf(batch, "TTr"), "TTr-2024.xlsx"),
    await xlsxFile(planOf(batch, "KHTC"), "KHTC-2024.xlsx"),
  ];
});

afterEach(cleanup);

const bytesOf = (blob: Blob): Promise<Uint8Array> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

async function panelWithFiles(picked: File[]) {
  const host = fakeHost();
  const { container } = await mountSettled(<App host={EXCEL} workbook={host} initialTab="consolidate" />);
  const panel = container.querySelector<HTMLElement>("#panel-consolidate");
  if (!panel) throw new Error("no consolidate panel");
  if (picked.length > 0) {
    pickFiles(panel.querySelector('input[type="file"]') as HTMLInputElement, picked);
    await waitFor(
      () =>
        [...panel.querySelectorAll('ul[aria-label="Tệp và trang tính đã chọn"] > li')].length ===
          picked.length &&
        textOf(panel.querySelector('[role="status"]') as Element).startsWith("Đã đọc xong"),
      "every file to be read",
    );
  }
  return { host, panel };
}

/** The names (and blobs) of the files the pane downloads, until `restore`. */
function recordDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), `blob:${blobs.length}`)),
    revokeObjectURL: jest.fn(),
  });
  const click0 = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return { blobs, names, restore: () => (HTMLAnchorElement.prototype.click = click0) };
}

/** Clicks the chase button and returns the text of the notice it gives. */
async function chaseNotice(panel: HTMLElement): Promise<string> {
  click(button(panel, "Soạn công văn đôn đốc năm 2024"));
  const notice = () =>
    [...panel.querySelectorAll(".fui-MessageBar")].map(textOf).find((m) => m.includes("đôn đốc"));
  await waitFor(() => notice() !== undefined, "the chase's result");
  return notice() ?? "";
}

describe("Soạn công văn đôn đốc in the Tổng hợp pane", () => {
  it("is off until there are files", async () => {
    const { panel } = await panelWithFiles([]);
    const chase = [...panel.querySelectorAll("button")].find((b) =>
      textOf(b).startsWith("Soạn công văn đôn đốc"),
    );
    expect(chase?.disabled).toBe(true);
  });

  it("downloads the letter naming the late and the faulty units, then the feedback as one .zip", async () => {
    const { blobs, names, restore } = recordDownloads();
    try {
      const { host, panel } = await panelWithFiles(files);
      const bar = await chaseNotice(panel);
      expect(bar).toContain("Đã tải công văn đôn đốc: cong-van-don-doc-2024.docx");
      expect(bar).toContain("Có lỗi: Thanh tra Sở");
      expect(names).toEqual(["cong-van-don-doc-2024.docx"]);
      expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      const doc = strFromU8(unzipSync(await bytesOf(blobs[0]))["word/document.xml"]);
      expect(doc).toContain("V/v đôn đốc");
      expect(doc).toContain("Thanh tra Sở");
      expect(doc).toContain("Phòng Quản lý xây dựng");

      click(button(panel, "Tải tệp phản hồi (1 đơn vị)"));
      expect(names).toEqual(["cong-van-don-doc-2024.docx", "phan-hoi-2024.zip"]);
      expect(blobs[1].type).toBe("application/zip");
      const zip = unzipSync(await bytesOf(blobs[1]));
      expect(Object.keys(zip)).toEqual(["phan-hoi/TTr-2024.xlsx"]);
      expect(strFromU8(zip["phan-hoi/TTr-2024.xlsx"].subarray(0, 2))).toBe("PK");
      // Nothing is written into the workbook.
      expect(host.argsOf("writeSheets")).toHaveLength(0);
    } finally {
      restore();
    }
  });

  it("writes no letter when every unit sent a report without errors, and says so", async () => {
    const { names, restore } = recordDownloads();
    try {
      const clean = sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 11 });
      const all = await Promise.all(clean.map((f) => xlsxFile(f.plan, `${f.unitCode}-2024.xlsx`)));
      const bar = await chaseNotice((await panelWithFiles(all)).panel);
      expect(bar).toContain("Năm 2024 không có đơn vị nào cần đôn đốc: không soạn công văn.");
      expect(names).toEqual([]);
    } finally {
      restore();
    }
  }, 60_000);
});
