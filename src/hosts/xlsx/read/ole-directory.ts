/**
 * The names at the root of an OLE2 compound file (MS-CFB): the streams and storages that say what the file
 * is (an Excel 97-2003 workbook has a "Workbook" stream, a Word document "WordDocument"…). Only the root
 * counts: an object embedded in the file (a Word document in a workbook) is a storage of its own, whose
 * streams are further down the directory tree. Read within the file's bytes, no chain or tree visiting a
 * sector or an entry twice, and no more FAT than the file holds: a damaged or hostile file gives undefined,
 * never a loop.
 */

const END_OF_CHAIN = 0xfffffffe;
/** Sector numbers at and above this are markers (free, end of chain, FAT, DIFAT), not sectors. */
const MAX_SECTOR = 0xfffffffa;
const HEADER_FAT_SECTORS = 109;
const ENTRY_BYTES = 128;
const ROOT = 5;
const NO_ENTRY = 0xffffffff;

class OleReader {
  private readonly view: DataView;
  readonly sectorBytes: number;
  private readonly fatSectors: number[] = [];

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = this.view.getUint16(0x1e, true);
    if (shift !== 9 && shift !== 12) throw new RangeError("sector size");
    this.sectorBytes = 1 << shift;
    // No more FAT sectors than the file has sectors, whatever the header claims (up to four billion).
    this.readFatSectors(Math.min(this.view.getUint32(0x2c, true), bytes.length / this.sectorBytes));
  }

  /** Where the FAT is: its first 109 sectors are listed in the header, any others in the DIFAT chain. */
  private readFatSectors(count: number): void {
    for (let i = 0; i < Math.min(count, HEADER_FAT_SECTORS); i++) {
      this.fatSectors.push(this.view.getUint32(0x4c + 4 * i, true));
    }
    const perDifat = this.sectorBytes / 4 - 1;
    const seen = new Set<number>();
    let difat = this.view.getUint32(0x44, true);
    while (this.fatSectors.length < count && difat < MAX_SECTOR && !seen.has(difat)) {
      seen.add(difat);
      const at = this.offsetOf(difat);
      for (let i = 0; i < perDifat && this.fatSectors.length < count; i++) {
        this.fatSectors.push(this.view.getUint32(at + 4 * i, true));
      }
      difat = this.view.getUint32(at + 4 * perDifat, true);
    }
  }

  private offsetOf(sector: number): number {
    const at = (sector + 1) * this.sectorBytes;
    if (sector >= MAX_SECTOR || at + this.sectorBytes > this.bytes.length) throw new RangeError("sector");
    return at;
  }

  /** The sector after `sector` in its chain, by the FAT. */
  private next(sector: number): number {
    const perFat = this.sectorBytes / 4;
    const fat = this.fatSectors[Math.floor(sector / perFat)];
    if (fat === undefined) throw new RangeError("FAT");
    return this.view.getUint32(this.offsetOf(fat) + 4 * (sector % perFat), true);
  }

  /** The offsets of the sectors of the chain starting at `first`. */
  chain(first: number): number[] {
    const offsets: number[] = [];
    const seen = new Set<number>();
    for (let sector = first; sector !== END_OF_CHAIN; sector = this.next(sector)) {
      if (seen.has(sector)) throw new RangeError("loop");
      seen.add(sector);
      offsets.push(this.offsetOf(sector));
    }
    return offsets;
  }

  get firstDirectorySector(): number {
    return this.view.getUint32(0x30, true);
  }

  u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  /** An entry's name: UTF-16, its length in bytes with the closing zero, 32 characters at most. */
  name(at: number): string {
    const characters = Math.min(this.view.getUint16(at + 64, true), 64) / 2 - 1;
    let name = "";
    for (let i = 0; i < characters; i++) name += String.fromCharCode(this.view.getUint16(at + 2 * i, true));
    return name;
  }

  type(at: number): number {
    return this.bytes[at + 66];
  }
}

/** The names of the entries at the root of the file's directory, or undefined when it cannot be read. */
export function oleRootNames(bytes: Uint8Array): string[] | undefined {
  try {
    const ole = new OleReader(bytes);
    const entries: number[] = [];
    for (const sector of ole.chain(ole.firstDirectorySector)) {
      for (let at = sector; at < sector + ole.sectorBytes; at += ENTRY_BYTES) entries.push(at);
    }
    const root = entries[0];
    if (root === undefined || ole.type(root) !== ROOT) return undefined;
    // The root's children are a binary tree, by their left and right siblings.
    const names: string[] = [];
    const seen = new Set<number>();
    const pending = [ole.u32(root + 76)];
    while (pending.length > 0) {
      const id = pending.pop() as number;
      if (id === NO_ENTRY || seen.has(id)) continue;
      const at = entries[id];
      if (at === undefined) return undefined;
      seen.add(id);
      names.push(ole.name(at));
      pending.push(ole.u32(at + 68), ole.u32(at + 72));
    }
    return names;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
