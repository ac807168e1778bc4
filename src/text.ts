/** The last `count` lines of a log, for an error message or a summary. */
export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
