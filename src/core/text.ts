/** C0 and C1 control characters and DEL: a newline in a value could forge a line of the log. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** `\n` for a newline and so on: text from elsewhere that quotes the user's value is logged so. */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    new RegExp(CONTROL.source, 'g'),
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The last `count` non-empty lines of a log, for an error message or a summary. */
export function lastLines(log: string, count: number): string {
  return log
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .join('\n');
}

const ERROR_LINE = /unknown (flag|shorthand flag|command)|\berror\b|\bfatal\b|\bfailed\b|level=(error|fatal)/i;

/**
 * Error lines of a log that fall before its last `tailCount` lines (at most `max`, the latest):
 * dockerd prints the cause first and its usage after (an unknown flag), which pushes the cause out
 * of the tail a message shows.
 */
export function earlierErrorLines(log: string, tailCount: number, max = 5): string[] {
  const lines = log.split('\n').filter((line) => line.trim() !== '');
  return (
    lines
      .slice(0, Math.max(0, lines.length - tailCount))
      // Indented lines are usage text or continuations ("level: debug|info|error"), not errors.
      .filter((line) => !/^\s/.test(line) && ERROR_LINE.test(line))
      .slice(-max)
  );
}
