/** How the bench writes its figures. */
export const MB = 1024 * 1024;

export const median = (values: number[]): number => {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
export const megabytes = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1);
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
export const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
export const thousands = (n: number) => n.toLocaleString("en-US");
export const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
