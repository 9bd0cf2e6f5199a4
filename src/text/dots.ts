/** The dotted twin of each letter whose dots OCR loses (ß is no dotted letter: its loss is a spelling, ss). */
export const WITH_DOTS: Readonly<Record<string, string>> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };

/**
 * `word` with each non-empty subset of its a, o, u dotted (2^n − 1 readings),
 * none where it has more than `max` of them.
 * Example: dottedReadings('nordl', 3) = ['nördl']; dottedReadings('Hulfe', 3) = ['Hülfe'].
 */
export function dottedReadings(word: string, max: number): string[] {
  const letters = [...word];
  const places = letters.flatMap((letter, at) => (WITH_DOTS[letter] === undefined ? [] : [at]));
  if (places.length > max) return [];
  const readings: string[] = [];
  for (let subset = 1; subset < 1 << places.length; subset++) {
    const reading = [...letters];
    places.forEach((at, bit) => {
      if (subset & (1 << bit)) reading[at] = WITH_DOTS[reading[at]!]!;
    });
    readings.push(reading.join(''));
  }
  return readings;
}
