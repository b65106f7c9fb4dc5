// Splits rows for multi-row statements: SQLite allows 32,766 bound parameters per statement and PostgreSQL 65,535,
// so 500 rows of our widest table (25 columns) stay well inside both.
export const ROWS_PER_STATEMENT = 500;

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
