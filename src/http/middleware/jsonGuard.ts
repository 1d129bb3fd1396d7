/**
 * Duplicate member names in a JSON body. RFC 8259 §4 leaves their meaning to the parser and
 * JSON.parse keeps the last one, so `{"amount":"1","amount":"2"}` may be read as 1 by a proxy, a WAF or
 * an audit tool and as 2 here. I-JSON (RFC 7493 §2.3) forbids them; the API refuses such bodies.
 *
 * Steps: walk the text once, keeping for each open object the set of member names seen (after
 * unescaping, so `"\u0061mount"` and `"amount"` are one name); stop at the first repeat. The text is
 * not validated here: malformed JSON is left to the parser, which refuses it.
 */

/**
 * Finds the first member name that occurs twice in one object of a JSON text.
 *
 * @param text a JSON text (UTF-8 decoded)
 * @returns the repeated name, or null when there is none (or the text is not JSON)
 */
export function findDuplicateJsonKey(text: string): string | null {
  // one entry per open container: a Set of names for an object, null for an array
  const stack: (Set<string> | null)[] = []
  let expectKey = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      const start = i
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      if (i >= text.length) return null
      const top = stack[stack.length - 1]
      if (top && expectKey) {
        let name: string
        try {
          name = JSON.parse(text.slice(start, i + 1)) as string
        } catch {
          return null
        }
        if (top.has(name)) return name
        top.add(name)
        expectKey = false
      }
    } else if (c === '{') {
      stack.push(new Set())
      expectKey = true
    } else if (c === '[') {
      stack.push(null)
      expectKey = false
    } else if (c === '}' || c === ']') {
      stack.pop()
      expectKey = false
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] instanceof Set
    }
  }
  return null
}
