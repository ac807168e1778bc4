export declare function hasControlCharacter(text: string): boolean;
/** `\n` for a newline and so on: text from elsewhere that quotes the user's value is logged so. */
export declare function escapeControlCharacters(text: string): string;
/** The last `count` non-empty lines of a log, for an error message or a summary. */
export declare function lastLines(log: string, count: number): string;
/**
 * Error lines of a log that fall before its last `tailCount` lines (at most `max`, the latest):
 * dockerd prints the cause first and its usage after (an unknown flag), which pushes the cause out
 * of the tail a message shows.
 */
export declare function earlierErrorLines(log: string, tailCount: number, max?: number): string[];
