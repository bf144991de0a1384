/** A consolidation and the settings → the report as sections (header, title, I–V, recipients and signature). */
import type { Campaign } from "../campaign/model";
import type { Consolidation } from "../consolidation/model";
import type { Lang } from "../locale/lang";
import { gatherFacts, type Facts } from "./facts";
import { reportFigures, type FigureSources } from "./figures";
import type { BodyBlock, BodySection, Report, ReportClosing, ReportKind } from "./model";
import type { ReportSettings } from "./settings";
import {
  indicatorTable,
  initiativeTable,
  moneyTable,
  proposalTable,
  scoreTable,
  type TableContext,
} from "./tables";
import { roman } from "./text/format";
import { reportText } from "./text";
import type { CaptionId, ReportText } from "./text/types";

/** The previous year's consolidation (annual) and the staff counts (participation rate); both optional. */
export type ReportOptions = FigureSources;

const upper = (text: string): string => text.toLocaleUpperCase("vi");
const paragraphs = (texts: string[]): BodyBlock[] => texts.map((text) => ({ kind: "paragraph", text }));
const heading = (level: 1 | 2 | 3, label: string, text: string): BodyBlock => ({
  kind: "heading",
  level,
  label,
  text,
});

interface Context {
  facts: Facts;
  text: ReportText;
  tables: TableContext;
  /** Next table number. */
  counter: { n: number };
}

function caption(ctx: Context, id: CaptionId): string {
  return ctx.text.labels.table.caption(ctx.counter.n++, id, ctx.facts.scope.to);
}

function sectionHeading(ctx: Context, id: BodySection["id"], n: number): BodyBlock {
  const { facts: f, text } = ctx;
  return heading(1, `${roman(n)}.`, text.labels.section(id, f.kind, f.scope, f.campaignPeriod));
}

function leadership(ctx: Context): BodySection {
  const { facts: f, text } = ctx;
  return {
    id: "leadership",
    blocks: [
      sectionHeading(ctx, "leadership", 1),
      ...paragraphs(text.sentences.leadership(f)),
      { kind: "prompt", text: text.labels.prompt.leadership(f.scope, f.kind) },
    ],
  };
}

function results(ctx: Context): BodySection {
  const { facts: f, text } = ctx;
  const s = text.sentences;
  const item = text.labels.item;
  const hasData = f.current.unitsIncluded > 0;
  const figures = (texts: string[]): BodyBlock[] => paragraphs(hasData ? texts : [s.noData(f)]);
  const tables: BodyBlock[] = hasData
    ? [
        { kind: "table", table: indicatorTable(ctx.tables, caption(ctx, "indicators")) },
        { kind: "table", table: moneyTable(ctx.tables, caption(ctx, "money")) },
      ]
    : [];
  const recognised =
    hasData && f.recognised.length > 0
      ? initiativeTable(ctx.tables, f, caption(ctx, "initiatives"))
      : undefined;
  const scored = f.scored > 0 ? scoreTable(ctx.tables, caption(ctx, "scores")) : undefined;
  return {
    id: "results",
    blocks: [
      sectionHeading(ctx, "results", 2),
      heading(2, "1.", item.submissions),
      ...paragraphs(s.submissions(f)),
      ...tables,
      heading(2, "2.", item.fund),
      ...figures(s.fund(f)),
      heading(2, "3.", item.housing),
      heading(3, "a)", item.housingSupport),
      ...figures(s.housingSupport(f)),
      heading(3, "b)", item.households),
      ...figures(s.households(f)),
      heading(2, "4.", item.initiatives),
      ...figures(s.initiatives(f, recognised?.caption ?? "")),
      ...(recognised ? [{ kind: "table", table: recognised } satisfies BodyBlock] : []),
      heading(2, "5.", item.scores),
      ...paragraphs(s.scores(f, scored?.caption ?? "")),
      ...(scored ? [{ kind: "table", table: scored } satisfies BodyBlock] : []),
    ],
  };
}

function assessment(ctx: Context): BodySection {
  const { facts: f, text } = ctx;
  const { item, prompt } = text.labels;
  return {
    id: "assessment",
    blocks: [
      sectionHeading(ctx, "assessment", 3),
      heading(2, "1.", item.strengths),
      ...paragraphs(text.sentences.strengths(f)),
      { kind: "prompt", text: prompt.strengths },
      heading(2, "2.", item.weaknesses),
      ...paragraphs(text.sentences.weaknesses(f)),
      { kind: "prompt", text: prompt.weaknesses },
      ...(f.kind === "annual"
        ? []
        : [
            heading(2, "3.", item.lessons),
            { kind: "prompt", text: prompt.lessons(f.kind) } satisfies BodyBlock,
          ]),
    ],
  };
}

function commendation(ctx: Context): BodySection {
  const { facts: f, text } = ctx;
  const listed = f.proposals.groups.length > 0;
  return {
    id: "commendation",
    blocks: [
      sectionHeading(ctx, "commendation", 4),
      // With no report merged, "no unit proposed anyone" would claim what is not known.
      ...paragraphs(f.current.unitsIncluded > 0 ? text.sentences.proposals(f) : [text.sentences.noData(f)]),
      ...(listed
        ? [
            {
              kind: "table",
              table: proposalTable(ctx.tables, f, caption(ctx, "proposals")),
            } satisfies BodyBlock,
          ]
        : []),
    ],
  };
}

function tasks(ctx: Context): BodySection {
  const { facts: f, text } = ctx;
  return {
    id: "tasks",
    blocks: [
      sectionHeading(ctx, "tasks", 5),
      { kind: "prompt", text: text.labels.prompt.tasks(f.kind, f.scope, f.campaignPeriod) },
      { kind: "paragraph", text: text.sentences.closing(f) },
    ],
  };
}

/** "- UBND tỉnh;" … "- Lưu: VT, VP.": the last item ends with a full stop, the others with a semicolon. */
function recipientLines(items: string[]): string[] {
  return items.map((item, i) => `- ${item.replace(/[\s;.,]+$/u, "")}${i === items.length - 1 ? "." : ";"}`);
}

export function closing(settings: ReportSettings, text: ReportText): ReportClosing {
  return {
    recipientsTitle: text.labels.recipientsTitle,
    recipients: recipientLines(settings.recipients),
    authority: upper(settings.signerAuthority),
    title: upper(settings.signerTitle),
    name: settings.signerName || text.labels.prompt.signerName,
  };
}

export function buildReport(
  c: Consolidation,
  campaign: Campaign,
  settings: ReportSettings,
  kind: ReportKind,
  lang: Lang = "vi",
  options: ReportOptions = {},
): Report {
  const text = reportText(lang);
  const unitsExpected = campaign.roster.filter((u) => u.expected).length;
  const figures = reportFigures(c, kind, unitsExpected, options);
  const facts = gatherFacts(c, campaign, settings, figures);
  const ctx: Context = {
    facts,
    text,
    tables: { c, campaign, figures, labels: text.labels, lang },
    counter: { n: 1 },
  };
  const L = text.labels;
  return {
    kind,
    lang,
    years: figures.years,
    header: {
      parentAgency: upper(settings.parentAgency),
      agency: upper(settings.agency),
      number: L.numberLine(settings.documentNumber, settings.agencyShort),
      nationalName: L.nationalName,
      motto: L.motto,
      placeDate: L.placeDate(settings.place, settings.date, facts.scope.to),
    },
    title: { title: L.title, summary: L.summary(kind, settings.campaignName, facts.scope) },
    sections: [leadership(ctx), results(ctx), assessment(ctx), commendation(ctx), tasks(ctx)],
    closing: closing(settings, text),
  };
}
