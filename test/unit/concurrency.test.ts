import { mapLimit } from '../../src/lib/concurrency'

const tick = () => new Promise((r) => setTimeout(r, 1))

test('results come in input order, with never more than `limit` calls in flight', async () => {
  let inFlight = 0
  let most = 0
  const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (x, i) => {
    inFlight++
    most = Math.max(most, inFlight)
    for (let k = 0; k < x; k++) await tick()
    inFlight--
    return `${i}:${x}`
  })
  expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6'])
  expect(most).toBe(3)
  expect(await mapLimit([], 4, async () => 1)).toEqual([])
})

test('the first failure rejects, and no call starts after it', async () => {
  const started: number[] = []
  await expect(
    mapLimit([0, 1, 2, 3, 4, 5], 2, async (x) => {
      started.push(x)
      await tick()
      if (x === 1) throw new Error('boom')
      return x
    }),
  ).rejects.toThrow('boom')
  await new Promise((r) => setTimeout(r, 20))
  expect(started.length).toBeLessThan(6)
})
