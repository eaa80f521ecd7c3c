/**
 * Freezes a value and everything it reaches. Iterative, not recursive: the
 * fact sheet's model is a graph (related, mentionedIn, citedBy), and a walk
 * through it can go deeper than the call stack allows on a large fact sheet.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<unknown>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    Object.freeze(current);
    for (const child of Object.values(current)) stack.push(child);
  }
  return value;
}
