/** English sentences written from the figures, saying what the Vietnamese ones say. */
import type { Facts, Indicator } from "../facts";
import type { UnitMention } from "../figures";
import { changeKind, changeText } from "./compare";
import { capitalize, countEn, listText, NAMED_AGAIN_AT_MOST, num, pct, yearRange } from "./format";
import type { ReportSentences } from "./types";

const n = (v: number): string => num("en", v);
const vnd = (v: number): string => `VND ${n(v)}`;
const FUND = "the Fund “For the Poor”";

const scope = (f: Facts): string =>
  f.kind === "annual" ? `in ${f.scope.to}` : `over ${yearRange(f.scope.from, f.scope.to)}`;
const Scope = (f: Facts): string => capitalize(scope(f));
const periodic = (f: Facts): boolean => f.kind !== "annual";

function cmp(f: Facts, current: number, previous: number | undefined): string {
  const clause = changeText("en", current, previous, f.previous?.year);
  return clause === "" ? "" : `, ${clause}`;
}
const cmpOf = (f: Facts, i: Indicator): string => cmp(f, f.value(i) ?? 0, f.before(i));

const names = (f: Facts, units: UnitMention[]): string =>
  units.map((u) => (periodic(f) ? `${u.name} (${u.years.join(", ")})` : u.name)).join(", ");
const tableRef = (caption: string): string => caption.replace(/\..*$/, "");
const reports = (units: UnitMention[]): number => units.reduce((s, u) => s + u.years.length, 0);

/** ": A, B" for units section II.1 lists, named again when they are few; else a reference to that list. */
function namedAgain(f: Facts, units: UnitMention[]): string {
  return units.length <= NAMED_AGAIN_AT_MOST ? `: ${names(f, units)}` : " (listed in II.1)";
}

function wasBefore(f: Facts, previous: number | undefined, what: (v: number) => string): string {
  return previous !== undefined && previous > 0 && f.previous
    ? ` (${f.previous.year}: ${what(previous)})`
    : "";
}

function leadership(f: Facts): string[] {
  const sessions = f.value("sessions");
  const people = f.value("participants") ?? 0;
  if (sessions === undefined) return [];
  const plan = f.planReference ? `Under ${f.planReference}, ` : "";
  // With no report merged, "no session was held" would claim what is not known.
  if (f.current.unitsIncluded === 0)
    return [
      capitalize(
        `${plan}${scope(f)} there are no figures yet on awareness sessions: no unit's report has been consolidated.`,
      ),
    ];
  const lead = `${plan}${scope(f)} the divisions and units of the Department`;
  if (sessions === 0 && people === 0)
    return [
      capitalize(
        `${lead} held no awareness sessions${wasBefore(f, f.before("sessions"), (v) => countEn(v, "session"))}.`,
      ),
    ];
  if (sessions === 0)
    return [capitalize(`${lead} counted ${countEn(people, "attendance")} at awareness sessions.`)];
  const audience = people > 0 ? ` with ${countEn(people, "attendance")}` : "";
  const change = changeText("en", sessions, f.before("sessions"), f.previous?.year);
  return [
    capitalize(
      `${lead} held ${countEn(sessions, "awareness session")}${audience}${change ? `; sessions ${change}` : ""}.`,
    ),
  ];
}

function submissions(f: Facts): string[] {
  const out: string[] = [];
  const missing = f.missing.length > 0 ? `; not received: ${names(f, f.missing)}` : "";
  if (periodic(f))
    out.push(
      `${Scope(f)}, ${n(f.reportsReceived)} of ${n(f.reportsExpected)} yearly reports were received${missing}.`,
    );
  else
    out.push(
      `${Scope(f)}, ${n(f.reportsReceived)} of ${n(f.reportsExpected)} divisions and units sent their report${missing}.`,
    );
  if (f.withErrors.length > 0)
    out.push(
      `${capitalize(countEn(reports(f.withErrors), "report"))} still had errors (${names(f, f.withErrors)}); their figures are included.`,
    );
  if (f.excluded.length > 0)
    out.push(
      `${capitalize(countEn(reports(f.excluded), "report"))} with errors were left out of the figures (${names(f, f.excluded)}).`,
    );
  const prev = f.previous;
  if (prev && prev.unitsIncluded !== f.current.unitsIncluded)
    out.push(
      `The ${f.scope.to} figures come from ${countEn(f.current.unitsIncluded, "unit")}, those of ${prev.year} from ${countEn(prev.unitsIncluded, "unit")}; comparisons should bear this in mind.`,
    );
  return out;
}

function fund(f: Facts): string[] {
  const donors = f.value("donors");
  const amount = f.value("fund");
  if (donors === undefined && amount === undefined) return [];
  if (!donors && !amount)
    return [`${Scope(f)}, no staff donated to ${FUND}${wasBefore(f, f.before("fund"), vnd)}.`];
  const out: string[] = [];
  if (donors) {
    const staff = f.current.staff;
    const rate =
      staff && staff > 0
        ? periodic(f)
          ? `, on average ${pct("en", donors / staff)} of staff each year`
          : `, ${pct("en", donors / staff)} of the ${n(staff)} staff of the reporting units`
        : "";
    const wage = f.value("dayWageDonors") ?? 0;
    const among = wage > 0 ? `; ${n(wage)} of them gave one day's pay or more` : "";
    const who = periodic(f)
      ? `${countEn(donors, "donation")} by staff were made`
      : `${n(donors)} staff donated`;
    out.push(`${Scope(f)}, ${who} to ${FUND}${rate}${among}.`);
  }
  if (amount) {
    const years = f.scope.to - f.scope.from + 1;
    const average = periodic(f) && years > 1 ? `, on average ${vnd(amount / years)} a year` : "";
    out.push(`Donations to the Fund totalled ${vnd(amount)}${average}${cmpOf(f, "fund")}.`);
  } else {
    out.push(`No amount donated to the Fund was reported${wasBefore(f, f.before("fund"), vnd)}.`);
  }
  const inKind = f.value("inKind") ?? 0;
  if (inKind > 0) out.push(`Other donations (in kind, valued) came to ${vnd(inKind)}.`);
  return out;
}

function housingSupport(f: Facts): string[] {
  const built = f.value("built") ?? 0;
  const repaired = f.value("repaired") ?? 0;
  const removed = f.value("tempRemoved") ?? 0;
  const funds = f.value("housingFunds") ?? 0;
  const parts = [
    built > 0 ? `building ${countEn(built, "new house")}` : "",
    repaired > 0 ? `repairing ${countEn(repaired, "house")}` : "",
    removed > 0 ? `replacing ${countEn(removed, "temporary house")}` : "",
  ].filter((p) => p !== "");
  const before = (f.before("built") ?? 0) + (f.before("repaired") ?? 0);
  if (parts.length === 0 && funds === 0)
    return [
      `${Scope(f)}, no houses were built or repaired for poor households${wasBefore(f, before, (v) => countEn(v, "house"))}.`,
    ];
  const money = funds > 0 ? `, with funds of ${vnd(funds)}${cmpOf(f, "housingFunds")}` : "";
  const out =
    parts.length > 0
      ? [
          `${Scope(f)}, the divisions and units supported poor households by ${listText("en", parts)}${money}.`,
        ]
      : [
          `${Scope(f)}, housing support funds for poor households came to ${vnd(funds)}${cmpOf(f, "housingFunds")}.`,
        ];
  if (f.previous && f.before("built") !== undefined && built + repaired + before > 0)
    out.push(`Houses built and repaired: ${n(built + repaired)}${cmp(f, built + repaired, before)}.`);
  return out;
}

function households(f: Facts): string[] {
  const helped = f.value("helped");
  const escaped = f.value("escaped") ?? 0;
  if (helped === undefined) return [];
  if (helped === 0)
    return [
      escaped > 0
        ? `${capitalize(countEn(escaped, "household"))} left poverty.`
        : "No poor household was helped.",
    ];
  const outcome = escaped > 0 ? `, of which ${n(escaped)} left poverty` : "; none has left poverty yet";
  return [
    `The divisions and units helped ${countEn(helped, "poor household")}${cmpOf(f, "helped")}${outcome}.`,
  ];
}

function initiatives(f: Facts, caption: string): string[] {
  const proposed = f.value("initiatives") ?? 0;
  const recognised = f.value("recognised") ?? 0;
  const models = f.value("models") ?? 0;
  const exemplars = f.value("exemplars") ?? 0;
  const parts = [
    proposed > 0
      ? `proposed ${countEn(proposed, "initiative")}${recognised > 0 ? `, ${n(recognised)} of them recognised` : " (none recognised yet)"}`
      : "",
    models > 0 ? `built ${countEn(models, "good model")}` : "",
    exemplars > 0 ? `honoured ${countEn(exemplars, "advanced example")}` : "",
  ].filter((p) => p !== "");
  if (parts.length === 0) return [`${Scope(f)}, no initiatives or models were proposed.`];
  const listed =
    caption && f.recognised.length > 0
      ? ` The recognised initiatives are listed in ${tableRef(caption)}.`
      : "";
  return [`${Scope(f)}, the divisions and units ${parts.join("; ")}.${listed}`];
}

function scores(f: Facts, caption: string): string[] {
  const year = f.scope.to;
  if (f.scored === 0) return [`No scores or classification for ${year} yet.`];
  const some = f.classes.filter((c) => c.count > 0).map((c) => `${n(c.count)} “${c.labelEn}”`);
  const none = f.classes.filter((c) => c.count === 0).map((c) => `“${c.labelEn}”`);
  const rest = none.length > 0 ? `; none ${none.join(", ")}` : "";
  const ref = caption ? ` (see ${tableRef(caption)})` : "";
  return [`Classification of ${countEn(f.scored, "unit")} for ${year}: ${some.join(", ")}${rest}${ref}.`];
}

const KEY_FIGURES: [Indicator, string][] = [
  ["fund", "donations to the Fund"],
  ["donors", "staff donating"],
  ["housingFunds", "housing support funds"],
  ["helped", "poor households helped"],
  ["initiatives", "initiatives"],
];

function moved(f: Facts, direction: "up" | "down"): string {
  if (!f.previous) return "";
  const items = KEY_FIGURES.flatMap(([i, label]) => {
    const now = f.value(i);
    const before = f.before(i);
    if (now === undefined || before === undefined || changeKind(now, before) !== direction) return [];
    return [`${label} (${pct("en", Math.abs(now - before) / before)})`];
  });
  return items.length === 0
    ? ""
    : `- ${direction === "up" ? "Up" : "Down"} on ${f.previous.year}: ${items.join(", ")}.`;
}

function strengths(f: Facts): string[] {
  const donors = f.value("donors") ?? 0;
  const staff = f.current.staff;
  const top = f.classes[0];
  return [
    staff && donors > 0
      ? `- ${pct("en", donors / staff)} of staff donated to ${FUND}${periodic(f) ? " on average" : ""}.`
      : "",
    moved(f, "up"),
    top && top.count > 0
      ? `- ${capitalize(countEn(top.count, "unit"))} rated “${top.labelEn}”: ${top.units.join(", ")}.`
      : "",
    f.missing.length === 0 && f.reportsExpected > 0 ? "- Every division and unit sent its report." : "",
  ].filter((s) => s !== "");
}

function weaknesses(f: Facts): string[] {
  const last = f.classes[f.classes.length - 1];
  const bad = [...f.withErrors, ...f.excluded];
  return [
    f.missing.length > 0
      ? `- ${capitalize(countEn(reports(f.missing), "report"))} not received${namedAgain(f, f.missing)}.`
      : "",
    bad.length > 0
      ? `- ${capitalize(countEn(reports(bad), "report"))} with errors${namedAgain(f, bad)}.`
      : "",
    moved(f, "down"),
    last && f.classes.length > 1 && last.count > 0
      ? `- ${capitalize(countEn(last.count, "unit"))} rated “${last.labelEn}”: ${last.units.join(", ")}.`
      : "",
  ].filter((s) => s !== "");
}

function proposals(f: Facts): string[] {
  const { groups, leftOut, duplicated } = f.proposals;
  const counted = (c: number, i: number): string =>
    listText(
      "en",
      [c > 0 ? countEn(c, "collective") : "", i > 0 ? countEn(i, "individual") : ""].filter((p) => p !== ""),
    );
  const out: string[] = [];
  if (groups.length === 0)
    out.push(
      `${Scope(f)}, no commendation was proposed${leftOut.length > 0 ? " that this report may carry" : ""}.`,
    );
  else {
    const c = groups.reduce((s, g) => s + g.collectives, 0);
    const i = groups.reduce((s, g) => s + g.individuals, 0);
    out.push(`On the results and the units' proposals, commendations are proposed for ${counted(c, i)}:`);
    groups.forEach((g, k) =>
      out.push(`- ${g.form}: ${counted(g.collectives, g.individuals)}${k === groups.length - 1 ? "." : ";"}`),
    );
  }
  for (const { form, count } of leftOut)
    out.push(
      form === ""
        ? `${capitalize(countEn(count, "proposal"))} without a valid form of commendation ${count === 1 ? "is" : "are"} left out.`
        : `${capitalize(countEn(count, "proposal"))} for “${form}” ${count === 1 ? "is" : "are"} left out: that form is considered only at the interim and final reviews.`,
    );
  if (duplicated > 0)
    out.push(
      `${capitalize(countEn(duplicated, "individual"))} ${duplicated === 1 ? "is" : "are"} proposed by more than one unit (see “Note”).`,
    );
  return out;
}

function closing(f: Facts): string {
  const what =
    f.kind === "annual"
      ? "on the results of"
      : f.kind === "interim"
        ? "of the interim review of"
        : "of the final review of";
  return `This is the report ${what} the emulation movement “${f.campaignName}” ${scope(f)}./.`;
}

export const SENTENCES_EN: ReportSentences = {
  noData: (f) => `${Scope(f)}, there are no figures yet: no unit's report has been consolidated.`,
  leadership,
  submissions,
  fund,
  housingSupport,
  households,
  initiatives,
  scores,
  strengths,
  weaknesses,
  proposals,
  closing,
};
