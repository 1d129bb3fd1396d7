import { findDuplicateJsonKey } from '../../src/http/middleware/jsonGuard'

describe('duplicate JSON member names (RFC 7493 §2.3)', () => {
  test.each([
    ['{"amount":"1","amount":"2"}', 'amount'],
    ['{"amount":"1","\\u0061mount":"2"}', 'amount'],
    ['{"a":{"b":1,"b":2}}', 'b'],
    ['[{"x":1},{"y":[{"z":1,"z":1}]}]', 'z'],
    ['{"a\\"b":1,"a\\"b":2}', 'a"b'],
  ])('%s repeats %s', (text, name) => {
    expect(findDuplicateJsonKey(text)).toBe(name)
  })

  test.each([
    '{"a":1,"b":{"a":1},"c":[{"a":1},{"a":2}]}',
    '{"a":"a","b":"a"}',
    '{"a":"\\"a\\":1,\\"a\\":2"}',
    '[1,"x",{"k":["k","k"]}]',
    '{"label": "x",',
    '"x"',
    '',
  ])('%s has none (or is left to the parser)', (text) => {
    expect(findDuplicateJsonKey(text)).toBeNull()
  })
})
