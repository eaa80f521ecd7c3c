/**
 * CSV cells a spreadsheet would run as a formula are neutralised as OWASP's
 * CSV-injection guidance says: a cell that begins with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe, so it is shown as text. (Quoting
 * the cell and doubling its quotes is left to the CSV writer.)
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
