import { ApiError, type ApiErrorData } from '../../shared/api/errors';
import { printTable } from './print-table';

/** Prints a result for people (a table or a line) or, with --json, exactly as the API returns it. */
export function present(value: unknown, json: boolean, human?: () => void): void {
  if (json) console.log(JSON.stringify(value, null, 2));
  else if (human) human();
  else if (Array.isArray(value)) printTable(value as Record<string, unknown>[]);
  else console.log(value);
}

/** An error as the CLI prints it: `{ "error": { code, message } }` with --json, a Bahasa line otherwise. */
export function printError(error: unknown, json: boolean): void {
  const data: ApiErrorData =
    error instanceof ApiError ? error.toData() : { code: 'INTERNAL', message: (error as Error).message };
  if (json) console.log(JSON.stringify({ error: data }));
  else console.error(`Galat (${data.code}): ${data.message}`);
}

/** commander's usage errors in Bahasa Indonesia (it writes them in English). */
const USAGE_ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "galat: opsi '$1' tidak dikenal"],
  [/^error: unknown command '(.+?)'/, "galat: perintah '$1' tidak dikenal"],
  [/^error: missing required argument '(.+?)'/, "galat: argumen '$1' wajib diisi"],
  [/^error: option '(.+?)' argument missing/, "galat: opsi '$1' butuh nilai"],
  [/^error: required option '(.+?)' not specified/, "galat: opsi '$1' wajib diisi"],
  [
    /^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+?)\./,
    "galat: nilai '$2' untuk '$1' tidak sah; pilihan: $3.",
  ],
  [/^error: too many arguments(.*)/, 'galat: terlalu banyak argumen$1'],
  [/^error: /, 'galat: '],
];

/** Translates one of commander's usage errors; text it does not know keeps its words, prefixed "galat:". */
export function translateUsageError(text: string): string {
  const rule = USAGE_ERRORS.find(([pattern]) => pattern.test(text));
  return rule ? text.replace(rule[0], rule[1]) : text;
}
