/**
 * "{name}" and, for a count, "{name:one|other}": the word for that count ("{errors} {errors:error|errors}"
 * gives "1 error", "2 errors"). Vietnamese has no plural; the English catalogue needs it. Unknown names are
 * left as they are, so a missing parameter shows. `show` writes a value ("1.500" for 1500, say); the word
 * for a count follows the value itself, not how it is written.
 */
const PLACEHOLDER = /\{([a-zA-Z0-9_]+)(?::([^{}|]*)\|([^{}|]*))?\}/g;

export function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>>,
  show: (name: string, value: string | number) => string = (_, value) => String(value),
): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return show(name, value);
    return Number(value) === 1 ? one : other;
  });
}
