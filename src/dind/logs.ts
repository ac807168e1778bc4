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
