// Where DuckDB and PostgreSQL write the same thing differently, in one small object each: the
// exact integer type numbers are computed in, integer division and remainder, a whole row as one
// value and back, list functions. Everything else the SQL compiler writes is the same text for both.

export type SqlDialect = 'duckdb' | 'postgres';

export interface Dialect {
  readonly naam: SqlDialect;
  /** The exact integer type a scaled number is computed in (HUGEINT: 38 digits; NUMERIC: any). */
  readonly geheel: string;
  /** How many digits that type holds; a number that might need more is refused at compile time. */
  readonly cijfers: number;
  /** An integer literal of that type. */
  getal(n: bigint): string;
  /** A DECIMAL/BIGINT column with `s` decimals as a scaled integer (exact: the product is whole). */
  naarGeheel(kolom: string, s: number): string;
  /** A DATE plus `n` months (an integer), clamped to the month's last day, as a DATE. */
  maandenErbij(d: string, n: string): string;
  /** Integer division truncated toward zero, and its remainder (the sign of `a`). */
  deel(a: string, b: string): string;
  rest(a: string, b: string): string;
  /** A scaled integer `v` with `s` decimals as an exact DECIMAL/NUMERIC output column (never via DOUBLE). */
  decimaal(v: string, s: number): string;
  /** The SQL type of an output or input number with `s` decimals. */
  decimaalType(p: number, s: number): string;
  /** An integer as text (for messages). */
  tekst(v: string): string;
  /** A DATE as 'JJJJ-MM-DD' text. */
  datumTekst(v: string): string;
  /** The whole row of `gevallen` as one value, and its columns again in the final SELECT. */
  rij(alias: string): string;
  rijKolommen(kolom: string): string;
  readonly tekstType: string;
  readonly geheelType: string;
  /** After each CTE step: PostgreSQL inlines a CTE into the next and repeats every expression of
   *  every column per reference, exponentially; `OFFSET 0` fences each step without materialising it. */
  readonly omheining: string;
}

const DUCKDB: Dialect = {
  naam: 'duckdb',
  geheel: 'HUGEINT',
  cijfers: 38,
  getal: (n) => `CAST(${n} AS HUGEINT)`,
  // widened first: DECIMAL(18,6) * 10^6 overflows DECIMAL(18) and would abort the whole query
  naarGeheel: (k, s) => (s === 0 ? `CAST(${k} AS HUGEINT)` : `CAST(CAST(${k} AS DECIMAL(38,${s})) * ${10n ** BigInt(s)} AS HUGEINT)`),
  // date + INTERVAL is a TIMESTAMP in DuckDB: cast back
  maandenErbij: (d, n) => `CAST(${d} + to_months(CAST(${n} AS INTEGER)) AS DATE)`,
  deel: (a, b) => `(${a} // ${b})`,
  rest: (a, b) => `(${a} % ${b})`,
  // a DECIMAL(38,0) times a DECIMAL literal 0.0...1 is DECIMAL(38,s), exact; `/` would give a DOUBLE
  decimaal: (v, s) => (s === 0 ? `CAST(${v} AS DECIMAL(38,0))` : `(CAST(${v} AS DECIMAL(38,0)) * CAST('${eenOp(s)}' AS DECIMAL(${s + 1},${s})))`),
  decimaalType: (p, s) => `DECIMAL(${p},${s})`,
  tekst: (v) => `CAST(${v} AS VARCHAR)`,
  datumTekst: (v) => `strftime(${v}, '%Y-%m-%d')`,
  rij: (alias) => alias,
  rijKolommen: (kolom) => `${kolom}.*`,
  tekstType: 'VARCHAR',
  geheelType: 'BIGINT',
  omheining: '',
};

const POSTGRES: Dialect = {
  naam: 'postgres',
  geheel: 'NUMERIC',
  cijfers: 38,
  getal: (n) => `CAST(${n} AS NUMERIC)`,
  // trunc: a NUMERIC with scale 0, so its text has no decimals
  naarGeheel: (k, s) => (s === 0 ? `CAST(${k} AS NUMERIC)` : `trunc(${k} * ${10n ** BigInt(s)})`),
  maandenErbij: (d, n) => `CAST(${d} + make_interval(months => CAST(${n} AS INTEGER)) AS DATE)`,
  deel: (a, b) => `div(${a}, ${b})`,
  rest: (a, b) => `mod(${a}, ${b})`,
  decimaal: (v, s) => (s === 0 ? `CAST(${v} AS NUMERIC)` : `(CAST(${v} AS NUMERIC) * CAST('${eenOp(s)}' AS NUMERIC))`),
  decimaalType: () => 'NUMERIC',
  tekst: (v) => `CAST(${v} AS TEXT)`,
  datumTekst: (v) => `to_char(${v}, 'YYYY-MM-DD')`,
  rij: (alias) => alias,
  rijKolommen: (kolom) => `(${kolom}).*`,
  tekstType: 'TEXT',
  geheelType: 'BIGINT',
  omheining: ' OFFSET 0',
};

/** 0.01 for s = 2: one unit in the last of s decimals. */
function eenOp(s: number): string {
  return `0.${'0'.repeat(s - 1)}1`;
}

export function dialect(naam: SqlDialect): Dialect {
  return naam === 'duckdb' ? DUCKDB : POSTGRES;
}
