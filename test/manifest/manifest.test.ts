import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, type ManifestCheck, type ManifestProblem } from "../../scripts/check-manifest";
import { normaliseBaseUrl, rewriteManifestUrls } from "../../scripts/manifest-url";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The manifest with one exact piece of text replaced; fails loudly if the piece is not there. */
function broken(find: string, replace: string): string {
  expect(MANIFEST).toContain(find);
  return MANIFEST.replace(find, replace);
}

function checksIn(problems: readonly ManifestProblem[]): ManifestCheck[] {
  return [...new Set(problems.map((p) => p.check))];
}

describe("manifest.xml", () => {
  it("passes the XSD and every project check", async () => {
    expect(await checkManifest(MANIFEST)).toEqual([]);
  });

  it("still passes once its URLs point at a production host", async () => {
    const production = rewriteManifestUrls(MANIFEST, "https://thidua.example.gov.vn/addin");
    expect(production).not.toContain("localhost");
    expect(production).toContain('DefaultValue="https://thidua.example.gov.vn/addin/taskpane.html"');
    expect(await checkManifest(production)).toEqual([]);
  });
});

describe("the manifest checker reports", () => {
  it("a resid that names no resource", async () => {
    const problems = await checkManifest(
      broken('<Title resid="Validate.Title"/>', '<Title resid="Nowhere"/>'),
    );
    expect(checksIn(problems)).toEqual(["resid"]);
    expect(problems[0].message).toContain('"Nowhere"');
  });

  it("a resid that names the wrong kind of resource", async () => {
    const problems = await checkManifest(
      broken('<Label resid="Validate.Label"/>', '<Label resid="Validate.Tooltip"/>'),
    );
    expect(checksIn(problems)).toEqual(["resid"]);
    expect(problems[0].message).toContain("ShortStrings");
  });

  it("a missing DisplayName (XSD)", async () => {
    const problems = await checkManifest(MANIFEST.replace(/<DisplayName[\s\S]*?<\/DisplayName>/, ""));
    expect(checksIn(problems)).toContain("xsd");
    expect(problems.find((p) => p.check === "xsd")?.message).toMatch(/DisplayName/);
  });

  it("a malformed Id GUID (XSD)", async () => {
    const problems = await checkManifest(
      broken("<Id>2884e890-e004-4d37-b770-4a9409b9059d</Id>", "<Id>2884e890-e004-4d37-b770</Id>"),
    );
    expect(checksIn(problems)).toEqual(["xsd"]);
    expect(problems[0].line).toBeGreaterThan(1);
  });

  it("an icon file that does not exist", async () => {
    const problems = await checkManifest(broken("assets/consolidate-80.png", "assets/consolidate-81.png"));
    expect(checksIn(problems)).toEqual(["icon"]);
    expect(problems[0].message).toContain("assets/consolidate-81.png does not exist");
  });

  it("an icon file of the wrong pixel size", async () => {
    const problems = await checkManifest(broken("assets/validate-80.png", "assets/validate-32.png"));
    expect(checksIn(problems)).toEqual(["icon"]);
    expect(problems[0].message).toContain("32×32 px, but is used at 80×80");
  });

  it("an icon file that is not a PNG", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-manifest-"));
    fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
    try {
      fs.writeFileSync(path.join(dir, "assets", "icon-64.png"), "GIF89a");
      const problems = await checkManifest(MANIFEST, { rootDir: dir });
      expect(problems.map((p) => p.message)).toEqual(["icon file assets/icon-64.png is not a PNG"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a FunctionName that no command registers", async () => {
    const problems = await checkManifest(
      broken(
        "<FunctionName>consolidateWorkbook</FunctionName>",
        "<FunctionName>consolidateAll</FunctionName>",
      ),
    );
    expect(checksIn(problems)).toEqual(["function"]);
    expect(problems[0].message).toContain('Office.actions.associate("consolidateAll"');
  });

  it("a URL on another origin", async () => {
    const problems = await checkManifest(
      broken("https://localhost:3000/commands.html", "https://example.com/commands.html"),
    );
    expect(checksIn(problems)).toEqual(["origin"]);
    expect(problems[0].message).toContain("https://example.com");
  });

  it("a URL that is not https", async () => {
    const problems = await checkManifest(
      broken("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"),
    );
    expect(checksIn(problems)).toEqual(["origin"]);
  });

  it("a control id used twice", async () => {
    const problems = await checkManifest(broken('id="ThiDua.Consolidate"', 'id="ThiDua.Validate"'));
    expect(checksIn(problems)).toEqual(["duplicate-id"]);
  });

  it("a string without its en-US override", async () => {
    const problems = await checkManifest(broken('<bt:Override Locale="en-US" Value="Validate"/>', ""));
    expect(checksIn(problems)).toEqual(["locale"]);
    expect(problems[0].message).toBe('string "Validate.Label" has no en-US override');
  });

  it("a DisplayName without its en-US override", async () => {
    const problems = await checkManifest(
      broken('<Override Locale="en-US" Value="Emulation – For the Poor"/>', ""),
    );
    expect(problems.map((p) => p.message)).toEqual(["<DisplayName> has no en-US override"]);
  });
});

describe("the production URL rewrite", () => {
  it("normalises the trailing slash", () => {
    for (const url of [
      "https://host.example/addin",
      "https://host.example/addin/",
      "https://host.example/addin//",
    ]) {
      expect(normaliseBaseUrl(url)).toBe("https://host.example/addin/");
    }
    expect(normaliseBaseUrl("https://host.example")).toBe("https://host.example/");
  });

  it("rewrites every dev-server URL and nothing else", () => {
    const rewritten = rewriteManifestUrls(MANIFEST, "https://host.example/addin");
    const count = (text: string, part: string): number => text.split(part).length - 1;
    expect(count(rewritten, "https://host.example/addin/")).toBe(count(MANIFEST, "https://localhost:3000/"));
    expect(rewritten.replaceAll("https://host.example/addin/", "https://localhost:3000/")).toBe(MANIFEST);
  });

  it("refuses a base URL Office could not load", () => {
    expect(() => normaliseBaseUrl("http://host.example/")).toThrow(/https/);
    expect(() => normaliseBaseUrl("host.example/addin")).toThrow(/Not a URL/);
    expect(() => normaliseBaseUrl("https://host.example/?v=1")).toThrow(/query/);
  });
});
