import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { join, relative, resolve } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../core/campaign/default-campaign";
import { buildTemplatePlan } from "../../core/template";
import { buildCriteriaPlan } from "../../core/criteria/workbook";
import { writeWorkbook } from "../../hosts/xlsx";
import { main } from "../../cli/main";
import { sampleBatch } from "./batch";
import { scannedLetterPdf } from "./scanned-letter";
import { writeBatch } from "./write-batch";

const YEARS = [2023, 2024];
const MISSING = ["TTr"];
const DUPLICATED = ["QLN"];
const FAULTY = ["QLXD", "HTKT"];
/** The whole campaign, for the tổng kết report. */
const ALL_YEARS = [2021, 2022, 2023, 2024, 2025];

/** `npm run demo`: the main job on sample workbooks, printing what it did and where the files are. */
export async function runDemo(outDir: string): Promise<number> {
  const out = resolve(outDir);
  const units = join(out, "don-vi");
  await rm(units, { recursive: true, force: true });
  await mkdir(units, { recursive: true });
  const campaign = DEFAULT_CAMPAIGN;
  const say = (text: string): void => void process.stdout.write(text + "\n");

  say("thidua — chạy thử trên dữ liệu mẫu\n");
  const templatePath = join(out, "bieu-mau.xlsx");
  await writeFile(templatePath, await writeWorkbook(buildTemplatePlan(campaign, {})));
  say(`1. Biểu mẫu chuẩn cho đơn vị điền: ${rel(templatePath)}`);
  const criteriaPath = join(out, "tieu-chi.xlsx");
  await writeFile(criteriaPath, await writeWorkbook(buildCriteriaPlan(campaign)));
  say(`2. Sổ tiêu chí (Văn phòng sửa được, dùng với --criteria): ${rel(criteriaPath)}`);

  const batch = sampleBatch(campaign, {
    years: YEARS,
    seed: 20240,
    missing: MISSING,
    duplicated: DUPLICATED,
    faulty: FAULTY,
  });
  await writeBatch(units, batch);
  // Excel leaves a lock file beside an open workbook; consolidation must skip it.
  await writeFile(join(units, "2024", "~$VP-2024.xlsx"), "lock");
  // The unit that sent no workbook sent its signed report as a scan: listed, not read, and told apart.
  const scan = `${MISSING[0]}-${YEARS[1]}-ban-ky.pdf`;
  await writeFile(join(units, String(YEARS[1]), scan), scannedLetterPdf(`${MISSING[0]} - ${YEARS[1]}`));
  say(
    `3. Báo cáo mẫu của ${campaign.roster.length} đơn vị, năm ${YEARS.join(" và ")}: ${rel(units)}/ (${batch.length} tệp)`,
  );
  for (const code of MISSING) say(`   - ${code}: chưa nộp năm ${YEARS[YEARS.length - 1]}`);
  say(`   - ${YEARS[1]}/${scan}: bản quét có chữ ký của ${MISSING[0]}, không có tệp Excel`);
  for (const file of batch.filter((f) => f.story)) say(`   - ${file.name}: ${file.story}`);

  const faulty = join(units, String(YEARS[1]), `${FAULTY[0]}-${YEARS[1]}.xlsx`);
  say(`\n4. Kiểm tra một báo cáo: thidua validate ${rel(faulty)}\n`);
  await main(["validate", faulty]);

  const annual = join(out, `tong-hop-${YEARS[1]}.xlsx`);
  say(
    `\n5. Tổng hợp năm ${YEARS[1]}: thidua consolidate ${rel(units)} -o ${rel(annual)} --year ${YEARS[1]}\n`,
  );
  const annualCode = await main(["consolidate", units, "-o", annual, "--year", String(YEARS[1])]);

  const period = `${YEARS[0]}-${YEARS[1]}`;
  const periodPath = join(out, `tong-hop-${period}.xlsx`);
  say(
    `\n6. Tổng hợp giai đoạn ${period} (các năm đặt cạnh nhau): thidua consolidate ${rel(units)} -o ${rel(periodPath)} --period ${period}\n`,
  );
  const periodCode = await main(["consolidate", units, "-o", periodPath, "--period", period]);
  for (const path of [annual, periodPath]) {
    say(`   ${await chartCount(path)} biểu đồ trong ${rel(path)}, trang “Biểu đồ”`);
  }

  const reportPath = join(out, `bao-cao-nam-${YEARS[1]}.xlsx`);
  say(
    `\n7. Báo cáo năm ${YEARS[1]} (so sánh với năm ${YEARS[0]}), mẫu Nghị định 30/2020/NĐ-CP: thidua report ${rel(units)} -o ${rel(reportPath)} --kind annual --year ${YEARS[1]}\n`,
  );
  const reportCode = await main([
    "report",
    units,
    "-o",
    reportPath,
    "--kind",
    "annual",
    "--year",
    String(YEARS[1]),
  ]);

  const wordPath = join(out, `bao-cao-nam-${YEARS[1]}.docx`);
  say(
    `\n7b. Cùng báo cáo, bản Word (Nghị định 30/2020/NĐ-CP, số trang ở lề trên từ trang 2): thidua report ${rel(units)} -o ${rel(wordPath)} --year ${YEARS[1]}\n`,
  );
  const wordCode = await main(["report", units, "-o", wordPath, "--year", String(YEARS[1])]);

  const chaseDir = join(out, "don-doc");
  say(
    `\n7c. Đôn đốc: công văn gửi đơn vị chưa nộp hoặc có lỗi, và tệp phản hồi cho từng đơn vị: thidua chase ${rel(units)} --year ${YEARS[1]} -o ${rel(chaseDir)}\n`,
  );
  const chaseCode = await main(["chase", units, "--year", String(YEARS[1]), "-o", chaseDir]);

  const allUnits = join(out, "don-vi-2021-2025");
  await rm(allUnits, { recursive: true, force: true });
  const campaignBatch = sampleBatch(campaign, { years: ALL_YEARS, seed: 20250, missing: MISSING });
  await writeBatch(allUnits, campaignBatch);
  const finalPath = join(out, "bao-cao-tong-ket-2021-2025.xlsx");
  say(
    `\n8. Báo cáo tổng kết 2021–2025 từ ${campaignBatch.length} báo cáo mẫu của cả giai đoạn (${rel(allUnits)}/): thidua report ${rel(allUnits)} -o ${rel(finalPath)} --kind final\n`,
  );
  const finalCode = await main(["report", allUnits, "-o", finalPath, "--kind", "final"]);
  say(`\nBáo cáo năm: ${rel(reportPath)} và ${rel(wordPath)}`);
  say(`Đôn đốc: ${rel(chaseDir)}/`);
  say(`Báo cáo tổng kết: ${rel(finalPath)}`);

  say(`\nXong. Mở các tệp trong ${rel(out)}/ bằng Excel hoặc LibreOffice để xem.`);
  // 1 = written, with units that have errors: what the sample data is made to show.
  const written = (code: number): boolean => code === 0 || code === 1;
  return annualCode === 1 &&
    periodCode === 1 &&
    written(reportCode) &&
    written(finalCode) &&
    written(wordCode) &&
    written(chaseCode)
    ? 0
    : 1;
}

/** The native charts of a written workbook: its xl/charts/chartN.xml parts, counted without inflating them. */
async function chartCount(path: string): Promise<number> {
  let count = 0;
  unzipSync(await readFile(path), {
    filter: (file) => {
      if (/^xl\/charts\/chart\d+\.xml$/.test(file.name)) count += 1;
      return false;
    },
  });
  return count;
}

function rel(path: string): string {
  return relative(process.cwd(), path) || ".";
}
