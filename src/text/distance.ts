/** How far apart two words are, for «¿Quiso decir…?»: the edits (Levenshtein) that turn one into the other. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The candidate nearest to `word`, when it is at most `max` edits away. */
export function closest(word: string, candidates: Iterable<string>, max: number): string | undefined {
  let best: { value: string; d: number } | undefined;
  for (const value of candidates) {
    if (Math.abs(value.length - word.length) > max) continue;
    const d = distance(word, value);
    if (d <= max && (!best || d < best.d)) best = { value, d };
  }
  return best?.value;
}
