export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const kb = (bytes) => round(bytes / 1024, 1);
export const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
/** figure / floor, two decimals (the floor is floored at 0.1 ms so a ratio stays finite). */
export const ratio = (figure, floor) => round(figure / Math.max(floor, 0.1), 2);
