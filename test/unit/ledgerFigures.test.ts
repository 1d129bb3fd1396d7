import { balanceFigures } from '../../src/domain/ledger/queries'

describe('ledger balance figures (posted, pending, available)', () => {
  const b = { accountId: 'x', postedDebits: 100n, postedCredits: 1000n, pendingDebits: 30n, pendingCredits: 5n }

  test('credit-normal (customer liability): available = posted − pending outflows', () => {
    expect(balanceFigures({ normalBalance: 'credit' }, b)).toEqual({ posted: '900', pending: '875', available: '870' })
  })

  test('debit-normal (custody address): signs follow the normal balance', () => {
    expect(balanceFigures({ normalBalance: 'debit' }, { ...b, postedDebits: 1000n, postedCredits: 100n })).toEqual({ posted: '900', pending: '925', available: '895' })
  })

  test('an account without a balance row is zero', () => {
    expect(balanceFigures({ normalBalance: 'credit' }, undefined)).toEqual({ posted: '0', pending: '0', available: '0' })
  })
})
