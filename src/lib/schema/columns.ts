// A column is described once: its zod type (validation, both sides) and its
// DuckDB type (the .duckdb file and the Parquet files). Imports only zod.
import { z } from 'zod';

// zod compiles validators with `new Function` when it may; the app's Content-Security-Policy
// forbids eval, so it validates without (same results, and no CSP violation reports).
z.config({ jitless: true });

export interface Column<T extends z.ZodType = z.ZodType> {
	zod: T;
	sql: string;
	description: string;
}

const col = <T extends z.ZodType>(zod: T, sql: string, description: string): Column<T> => ({
	zod,
	sql,
	description
});

export const text = (d: string) => col(z.string(), 'VARCHAR', d);
export const nonEmpty = (d: string) => col(z.string().min(1), 'VARCHAR', d);
export const textOrNull = (d: string) => col(z.string().nullable(), 'VARCHAR', d);
/** A column a correction fills; absent (undefined) in rows the parsers write, null in the tables. */
export const textOrAbsent = (d: string) => col(z.string().nullable().optional(), 'VARCHAR', d);
export const int = (d: string) => col(z.number().int(), 'INTEGER', d);
export const intOrNull = (d: string) => col(z.number().int().nullable(), 'INTEGER', d);
export const line = (d: string) => col(z.number().int().min(1), 'INTEGER', d);
export const lineOrNull = (d: string) => col(z.number().int().min(1).nullable(), 'INTEGER', d);
export const double = (d: string) => col(z.number().finite(), 'DOUBLE', d);
export const bool = (d: string) => col(z.boolean(), 'BOOLEAN', d);
export const list = (d: string) => col(z.array(z.string()), 'VARCHAR[]', d);
export const slug = (d: string) => col(z.string().regex(/^[a-z0-9][a-z0-9_:.-]*$/), 'VARCHAR', d);
export const slugOrNull = (d: string) =>
	col(
		z
			.string()
			.regex(/^[a-z0-9][a-z0-9_:.-]*$/)
			.nullable(),
		'VARCHAR',
		d
	);
export const sha256 = (d: string) => col(z.string().regex(/^[0-9a-f]{64}$/), 'VARCHAR', d);
export const oneOf = <const V extends readonly [string, ...string[]]>(values: V, d: string) =>
	col(z.enum(values), 'VARCHAR', d + ' (' + values.join(' | ') + ')');
export const oneOfOrNull = <const V extends readonly [string, ...string[]]>(values: V, d: string) =>
	col(z.enum(values).nullable(), 'VARCHAR', d + ' (' + values.join(' | ') + ', or null)');

export type Columns = Record<string, Column>;

type Absentable<C extends Columns> = {
	[K in keyof C]: undefined extends z.infer<C[K]['zod']> ? K : never;
}[keyof C];
type Flat<T> = { [K in keyof T]: T[K] };

/** A row: every column, except those a correction fills (textOrAbsent), which parsers leave out. */
export type RowOf<C extends Columns> = Flat<
	{ [K in Exclude<keyof C, Absentable<C>>]: z.infer<C[K]['zod']> } & { [K in Absentable<C>]?: z.infer<C[K]['zod']> }
>;

export function rowSchema<C extends Columns>(columns: C) {
	const shape = Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, c.zod])) as {
		[K in keyof C]: C[K]['zod'];
	};
	return z.object(shape).strict();
}
