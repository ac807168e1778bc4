export declare function hasControlCharacter(text: string): boolean;
/** `\n` for a newline and so on: text from elsewhere that quotes the user's value is logged so. */
export declare function escapeControlCharacters(text: string): string;
