/**
 * Terminal-safe text: removes ANSI/OSC/DCS escape sequences and C0/C1 control characters
 * (tab and newline kept), so that article text can never drive the terminal it is
 * printed on. Used at ingest and load, and by adapters before printing.
 */

/** ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/APC/PM/SOS (ESC ] … BEL or ST), two-character escapes. */
const escapeSequences =
  // eslint-disable-next-line no-control-regex
  /\u001B\[[0-?]*[ -/]*[@-~]|\u001B[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|\u009C)|\u001B[ -/]*[0-~]?/g;
/** C1 string and CSI introducers used without ESC (8-bit forms). */
// eslint-disable-next-line no-control-regex
const eightBitSequences = /\u009B[0-?]*[ -/]*[@-~]|[\u009D\u0090\u0098\u009E\u009F][\s\S]*?(?:\u0007|\u009C)/g;
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Strips escape sequences and control characters. Carriage returns become newlines
 * (a lone CR would let text overwrite the line it is printed on).
 */
export function stripControlCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(escapeSequences, '')
    .replace(eightBitSequences, '')
    .replace(controlCharacters, '');
}
