/** One schema step. Versions are applied in order, each once, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  /** Plain SQL; keep it portable (PostgreSQL will follow) where that costs nothing. */
  sql: string;
}
