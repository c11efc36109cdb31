/** Random, collision-safe ids, so rows imported from elsewhere never clash with ours. */
export function newId(): string {
  return crypto.randomUUID();
}
