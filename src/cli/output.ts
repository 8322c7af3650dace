/** Writing command results to stdout (or a file). */
import { writeFileSync } from 'node:fs';

export function emit(text: string, outFile?: string): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (outFile) writeFileSync(outFile, body);
  else process.stdout.write(body);
}

/** Stable JSON (2-space indentation). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
}
