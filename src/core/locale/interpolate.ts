/** Replaces "{name}" with params[name]; unknown names are left as they are, so a missing parameter shows. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
