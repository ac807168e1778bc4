/**
 * A container without a TTY answers /logs as frames: one byte naming the stream, three zero bytes,
 * a big-endian length, then that many bytes. Returns the payloads in order, as text. A body that
 * does not start like a frame (a TTY container) is returned as it is.
 */
export function demuxLogs(body: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= body.length) {
    const stream = body[offset];
    if (stream > 2 || body[offset + 1] !== 0 || body[offset + 2] !== 0 || body[offset + 3] !== 0) {
      return offset === 0 ? body.toString('utf8') : Buffer.concat([...parts, body.subarray(offset)]).toString('utf8');
    }
    const length = body.readUInt32BE(offset + 4);
    parts.push(body.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length;
  }
  return Buffer.concat(parts).toString('utf8');
}

/** The last `count` non-empty lines of a log, for an error message. */
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
