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
