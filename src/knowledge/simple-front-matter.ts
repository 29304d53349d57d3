/**
 * A fast reader for the front matter most knowledge files carry: one `key: value` per line, each value a string
 * written plain (`id: bench-en-0`, `title: Hai Au Digital`) or in double quotes (`title: "A \"quoted\" title"`).
 * It gives what the YAML parser gives for such text, and undefined for anything else (a list, a number, a comment, a
 * single quote, an escape other than \" and \\, a repeated key, …): the caller then parses it as YAML. The YAML
 * parser took about 60 µs a file, a third of loading a large knowledge base.
 */

const keyPattern = /^([A-Za-z][A-Za-z0-9_]{0,63}):[ ]+(.+)$/u;
/** Double-quoted on one line, with no escape but \" and \\ and no character YAML might read otherwise. */
// eslint-disable-next-line no-control-regex
const quotedPattern = /^"((?:[^"\\\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]|\\["\\])*)"$/u;
/**
 * A plain value that YAML reads as the string written: it starts with a letter, a digit or a slash (a path), holds no
 * control character, no comment (` #`) and no nested mapping (`: `, or `:` at the end), and does not end in a space.
 */
// eslint-disable-next-line no-control-regex
const plainPattern = /^[\p{L}\p{N}/][^\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]*$/u;
const plainBreaks = /[ \t]#|:(?:[ \t]|$)|[ \t]$/u;
/** Plain values YAML's core schema reads as a number, a boolean or null (left to it), and anything like them. */
const scalarLike = /^(?:[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|true|false|null|~)$/iu;

/** The front matter's fields, or undefined when it is not of that simple shape (parse it as YAML then). */
export function readSimpleFrontMatter(frontMatter: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  for (const line of frontMatter.split('\n')) {
    const match = keyPattern.exec(line);
    if (!match) return undefined;
    const [, key = '', written = ''] = match;
    if (Object.hasOwn(data, key)) return undefined;
    const quoted = quotedPattern.exec(written);
    if (quoted) data[key] = (quoted[1] as string).replace(/\\(["\\])/gu, '$1');
    else if (plainPattern.test(written) && !plainBreaks.test(written) && !scalarLike.test(written)) data[key] = written;
    else return undefined;
  }
  return data;
}
