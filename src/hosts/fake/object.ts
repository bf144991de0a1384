import { fail, notLoaded } from "./errors";
import type { FakeRequestContext } from "./request";
import type { WorkbookState } from "./state";

function propertyList(names: string | string[] | undefined, all: readonly string[]): string[] {
  if (names === undefined) return [...all];
  const list = (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim()).filter((n) => n !== "");
  return list.map((n) => n.replace(/^items\//, ""));
}

/**
 * A proxy for one Excel object. Reading a property that was not loaded and synced throws PropertyNotLoaded;
 * setting one or calling a method queues an action that runs at the next sync. The object is found when
 * the action runs (ItemNotFound if it is not there then), as Office.js resolves its references.
 */
export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    readonly path: string,
    private readonly find: (state: WorkbookState) => T | undefined,
    nullable = false,
  ) {
    if (!nullable) {
      this.nullState = false;
      return;
    }
    // *OrNullObject: whether it exists is known after the next sync, without a load.
    context.enqueue(
      { path, op: "getOrNullObject" },
      (state) => this.find(state) === undefined,
      (isNull) => (this.nullState = isNull === true),
    );
  }

  /** Properties a load() without arguments reads. */
  protected abstract readonly scalars: readonly string[];

  /** The current value of a property of the object, as the response would carry it. */
  abstract readProperty(target: T, name: string, state: WorkbookState): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected target(state: WorkbookState): T {
    const found = this.find(state);
    if (found === undefined) fail("ItemNotFound", `The requested resource doesn't exist (${this.path}).`);
    return found;
  }

  load(propertyNames?: string | string[]): this {
    const names = propertyList(propertyNames, this.scalars);
    this.context.enqueue(
      { path: this.path, op: "load", args: names },
      (state) => {
        // Loading a null object loads nothing; reading it still throws.
        const target = this.find(state);
        if (target === undefined && this.nullState !== false) return undefined;
        const found = this.target(state);
        return Object.fromEntries(names.map((n) => [n, this.readProperty(found, n, state)]));
      },
      (data) => this.prime(data),
    );
    return this;
  }

  /** Fills loaded properties (a collection's load does this for its items). */
  prime(data: unknown): void {
    if (typeof data !== "object" || data === null) return;
    for (const [name, value] of Object.entries(data)) this.loaded.set(name, value);
  }

  protected loadedValue(name: string): unknown {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name);
  }

  protected loadedString(name: string): string {
    const v = this.loadedValue(name);
    return typeof v === "string" ? v : String(v);
  }

  protected loadedNumber(name: string): number {
    return Number(this.loadedValue(name));
  }

  protected loadedBoolean(name: string): boolean {
    return this.loadedValue(name) === true;
  }

  protected loadedGrid(name: string): unknown[][] {
    const v = this.loadedValue(name);
    return Array.isArray(v) ? v.map((row: unknown) => (Array.isArray(row) ? [...row] : [])) : [];
  }

  protected queueSet(name: string, value: unknown, apply: (target: T, state: WorkbookState) => void): void {
    this.context.enqueue({ path: this.path, op: "set", args: { [name]: value } }, (state) =>
      apply(this.target(state), state),
    );
  }

  protected queueCall(op: string, args: unknown, apply: (target: T, state: WorkbookState) => void): void {
    this.context.enqueue({ path: this.path, op, args }, (state) => apply(this.target(state), state));
  }
}

/** A collection proxy: `items` is readable after load("items/…") (or load("name"), which means the same). */
export abstract class FakeCollection<T, P extends FakeObject<T>> {
  private loadedItems: P[] | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    readonly path: string,
    private readonly list: (state: WorkbookState) => T[],
  ) {}

  protected abstract proxyFor(item: T, index: number): P;

  protected abstract readonly itemScalars: readonly string[];

  load(propertyNames?: string | string[]): this {
    const names = propertyList(propertyNames, this.itemScalars);
    let items: T[] = [];
    this.context.enqueue(
      { path: this.path, op: "load", args: names },
      (state) => {
        items = this.list(state);
        return items.map((item, i) => {
          const proxy = this.proxyFor(item, i);
          return Object.fromEntries(names.map((n) => [n, proxy.readProperty(item, n, state)]));
        });
      },
      (data) => {
        const rows = Array.isArray(data) ? data : [];
        this.loadedItems = items.map((item, i) => {
          const proxy = this.proxyFor(item, i);
          proxy.prime(rows[i]);
          return proxy;
        });
      },
    );
    return this;
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
}
