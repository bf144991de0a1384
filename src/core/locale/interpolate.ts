/**
 * "{name}" and, for a count, "{name:one|other}": the word for that count ("{errors} {errors:error|errors}"
 * gives "1 error", "2 errors"). Vietnamese has no plural; the English catalogue needs it. Unknown names are
 * left as they are, so a missing parameter shows.
 */
const PLACEHOLDER = /\{([a-zA-Z0-9_]+)(?::([^{}|]*)\|([^{}|]*))?\}/g;

export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return String(value);
    return Number(value) === 1 ? one : other;
  });
}
