// A bounded cache for pure functions of a string: long articles ask the same small questions
// ("is this word a name?", "which country does this title name?") thousands of times.

export function memoize<T>(fn: (key: string) => T, maxSize = 10_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as T;
    const value = fn(key);
    // Clearing wholesale is crude but bounded and cheap; the working set refills at once.
    if (cache.size >= maxSize) cache.clear();
    cache.set(key, value);
    return value;
  };
}
