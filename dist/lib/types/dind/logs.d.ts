/**
 * A container without a TTY answers /logs as frames: one byte naming the stream, three zero bytes,
 * a big-endian length, then that many bytes. Returns the payloads in order, as text. A body that
 * does not start like a frame (a TTY container) is returned as it is.
 */
export declare function demuxLogs(body: Buffer): string;
/** The last `count` non-empty lines of a log, for an error message. */
export declare function lastLines(log: string, count: number): string;
/**
 * Error lines of a log that fall before its last `tailCount` lines (at most `max`, the latest):
 * dockerd prints the cause first and its usage after (an unknown flag), which pushes the cause out
 * of the tail a message shows.
 */
export declare function earlierErrorLines(log: string, tailCount: number, max?: number): string[];
