// Next.js with Cache Components needs at least one prerendered value per dynamic
// segment; when the database has none yet, a placeholder renders the 404 page.
export function atLeastOne<K extends string>(key: K, values: string[]): Record<K, string>[] {
  const list = values.length > 0 ? values : ["_"];
  return list.map((value) => ({ [key]: value }) as Record<K, string>);
}
