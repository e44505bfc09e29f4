/**
 * The entity tag of a resource read from its `version` (the server sends the
 * same value as its `ETag`): what a write sends back in `If-Match`.
 */
export function etagOf(item: { version: number }): string {
  return `"${item.version}"`;
}
