// `{name}` placeholders in a sentence, filled from params; an unknown name stays as written so
// a missing value shows up in review instead of vanishing.

export type TextParams = Record<string, string | number>;

export function fillPlaceholders(template: string, params: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
