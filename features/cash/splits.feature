@needs-simulation
Feature: Order splits move money
  Seed §3 "OrderSplit": a split dispatches the transactions of an order into the sellers' accounts,
  an INTERNAL movement of funds: each line moves its amount from the cantonment account to the
  seller (SELLER_PAYMENT), its fee from the seller to the marketplace or the opposite (feeType); if
  a refund occurs, a split calls the money of a seller back (SELLER_REFUND) and gives the
  marketplace fees back to it. Operations on transactions not yet cashed are stored as previsional.
  A split is refused or accepted but has no status, and no webhook. Interface §4: all or nothing,
  and a seller refund never takes back more than that seller was paid on the order.

  Background:
    Given a KYC-validated French seller "Acme"

  @SPL-SELLER-REFUND-LIMIT
  Scenario Outline: A seller refund of <refund> from a seller paid 30.00 on the order is <verdict>
    Given a KYC-validated French seller "Bolt"
    And a paid order "O1" of 100.00 EUR for seller "Acme"
    And the marketplace has split order "O1":
      | seller | amount |
      | Acme   | 30.00  |
      | Bolt   | 70.00  |
    When the marketplace splits order "O1":
      | seller | amount   | amountType    |
      | Acme   | <refund> | SELLER_REFUND |
    Then the split is <outcome>

    Examples:
      | refund | verdict  | outcome                                                               |
      | 30.00  | accepted | accepted                                                              |
      | 30.01  | refused  | refused with the profile's "splitRefundExceedsSellerPayments" error |

  @SPL-SELLER-REFUND-LIMIT
  Scenario: A seller cannot refund an order it was paid nothing on, whatever it was paid elsewhere
    Given a KYC-validated French seller "Bolt"
    And a paid order "O1" of 100.00 EUR for seller "Acme"
    And a paid order "O2" of 100.00 EUR for seller "Bolt"
    And the marketplace has split order "O1":
      | seller | amount |
      | Acme   | 100.00 |
    And the marketplace has split order "O2":
      | seller | amount |
      | Bolt   | 100.00 |
    When the marketplace splits order "O1":
      | seller | amount | amountType    |
      | Bolt   | 10.00  | SELLER_REFUND |
    Then the split is refused with the profile's "splitRefundExceedsSellerPayments" error

  @SPL-UNKNOWN-SELLER-OR-ORDER @SPL-ALL-OR-NOTHING
  Scenario: A split naming an unknown seller is refused and applies nothing
    Given a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller           | amount |
      | Acme             | 60.00  |
      | an unknown seller | 40.00  |
    Then the split is refused with the profile's "unknownSeller" error
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |

  @SPL-ALL-OR-NOTHING
  Scenario Outline: One bad line (<problem>) and no line of the split is applied
    Given a KYC-validated French seller "Bolt"
    And a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount   | amountType   | fee   |
      | Acme   | 60.00    | SELLER_PAYMENT | 6.00  |
      | Bolt   | <amount> | <amountType> | <fee> |
    Then the split is refused naming "<field>"
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |
      | Bolt   | 0.00      | 0.00        |
    When the marketplace splits order "O1":
      | seller | amount |
      | Bolt   | 100.00 |
    Then the split is accepted

    Examples:
      | problem              | amount | amountType     | fee   | field               |
      | fee above the amount | 10.00  | SELLER_PAYMENT | 10.01 | splits.1.fee        |
      | refund never paid    | 10.00  | SELLER_REFUND  | 0.00  | splits.1.amount     |
      | unknown amount type  | 10.00  | SELLER_BONUS   | 0.00  | splits.1.amountType |

  @SPL-ALL-OR-NOTHING @SPL-CEILING
  Scenario: Lines that fit one by one but not together are all refused
    Given a KYC-validated French seller "Bolt"
    And a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 60.00  |
      | Bolt   | 40.01  |
    Then the split is refused with the profile's "splitExceedsTransactions" error
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |
      | Bolt   | 0.00      | 0.00        |
    When the marketplace splits order "O1":
      | seller | amount |
      | Bolt   | 100.00 |
    Then the split is accepted

  @SPL-PAYMENT-MOVES-FUNDS @SPL-FEE-DIRECTION
  Scenario Outline: A split of a paid order pays the seller, fee <feeType>
    Given a KYC-validated French seller "Bolt"
    And a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount | fee  | feeType               |
      | Acme   | 80.00  | 8.00 | <feeType>             |
      | Bolt   | 20.00  | 9.00 | SELLER_TO_MARKETPLACE |
    Then the split is accepted
    And the balances are:
      | seller | available | previsional |
      | Acme   | <acme>    | 0.00        |
      | Bolt   | 11.00     | 0.00        |
    And the ledger balances

    Examples:
      | feeType               | acme  |
      | SELLER_TO_MARKETPLACE | 72.00 |
      | MARKETPLACE_TO_SELLER | 88.00 |

  @SPL-REFUND-CALLS-BACK @SPL-FEE-DIRECTION
  Scenario: A seller refund calls the money back and the marketplace gives its fee back
    Given a paid order "O1" of 100.00 EUR for seller "Acme"
    And the marketplace has split order "O1":
      | seller | amount | fee   | feeType               |
      | Acme   | 100.00 | 10.00 | SELLER_TO_MARKETPLACE |
    When the marketplace splits order "O1":
      | seller | amount | amountType    | fee  | feeType               |
      | Acme   | 25.00  | SELLER_REFUND | 2.50 | MARKETPLACE_TO_SELLER |
    Then the split is accepted
    And the balances are:
      | seller | available | previsional |
      | Acme   | 67.50     | 0.00        |
    And the ledger balances

  @SPL-PREVISIONAL-WHEN-UNCASHED
  Scenario: A split of money not yet cashed is previsional until the buyer pays
    Given a KYC-validated French seller "Bolt"
    And an unpaid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount | fee  |
      | Acme   | 80.00  | 8.00 |
      | Bolt   | 20.00  | 2.00 |
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 72.00       |
      | Bolt   | 0.00      | 18.00       |
    When the bank cashes 100.00 EUR for transaction "O1 payment"
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 72.00     | 0.00        |
      | Bolt   | 18.00     | 0.00        |

  @SPL-NO-WEBHOOK @needs-webhooks
  Scenario: Splits, accepted or refused, carry no status and send no webhook
    Given an unpaid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 100.00 |
    Then the split is accepted without a status
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 0.01   |
    Then the split is refused with the profile's "splitExceedsTransactions" error
    When the bank cashes 100.00 EUR for transaction "O1 payment"
    Then the only webhooks about order "O1" are transaction.update
