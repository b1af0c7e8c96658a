@needs-simulation
Feature: Order split ceilings
  Seed §3 "OrderSplit": calls for one order are cumulative, and it is not possible to split an amount
  greater than the cumulated amount of the order's transactions, paid or not. Interface §4 makes it
  exact: for an order, Σ SELLER_PAYMENT − Σ SELLER_REFUND over the accepted splits stays ≤ Σ PAYMENT
  − Σ REFUND − Σ CREDIT over its transactions, amounts compared in decimal (0.10 + 0.20 is 0.30),
  and every line has a valid amountType, model and 0 ≤ fee ≤ amount. These scenarios only look at
  what is accepted or refused, so they split to the marketplace's shared seller.

  Background:
    Given the marketplace has a KYC-validated seller, called "Acme" here

  @SPL-CEILING @SPL-CEILING-EXACT-DECIMAL @SPL-FULL-AMOUNT-ACCEPTED
  Scenario Outline: Splitting <first> + <second> against a payment of <payment> is <verdict>
    Given an unpaid order "O1" of <payment> EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount   |
      | Acme   | <first>  |
      | Acme   | <second> |
    Then the split is <outcome>

    Examples:
      | payment | first | second | verdict  | outcome                                                       |
      | 0.30    | 0.10  | 0.20   | accepted | accepted                                                      |
      | 0.30    | 0.10  | 0.21   | refused  | refused with the profile's "splitExceedsTransactions" error |
      | 3.30    | 1.10  | 2.20   | accepted | accepted                                                      |
      | 100.00  | 33.33 | 66.67  | accepted | accepted                                                      |
      | 100.00  | 99.99 | 0.02   | refused  | refused with the profile's "splitExceedsTransactions" error |

  @SPL-CUMULATIVE @SPL-CEILING-EXACT-DECIMAL
  Scenario Outline: Splits of one order add up over calls: <first>, <second>, then <third> against <payment>
    Given an unpaid order "O1" of <payment> EUR for seller "Acme"
    And the marketplace has split order "O1":
      | seller | amount  |
      | Acme   | <first> |
    And the marketplace has split order "O1":
      | seller | amount   |
      | Acme   | <second> |
    When the marketplace splits order "O1":
      | seller | amount  |
      | Acme   | <third> |
    Then the split is <outcome>

    Examples:
      | payment | first | second | third | outcome                                                       |
      | 0.30    | 0.10  | 0.10   | 0.10  | accepted                                                      |
      | 0.30    | 0.10  | 0.20   | 0.01  | refused with the profile's "splitExceedsTransactions" error |

  @SPL-CEILING-FORMULA @variant:ceiling-nets-refunds
  Scenario Outline: REFUND and CREDIT transactions lower the ceiling to <ceiling>
    Given an unpaid order "O1" of 100.00 EUR for seller "Acme"
    And order "O1" has an unpaid <type> "T2" of <taken back> EUR
    When the marketplace splits order "O1":
      | seller | amount    |
      | Acme   | <ceiling> |
    Then the split is accepted
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 0.01   |
    Then the split is refused with the profile's "splitExceedsTransactions" error

    Examples:
      | type   | taken back | ceiling |
      | REFUND | 20.00      | 80.00   |
      | CREDIT | 15.50      | 84.50   |

  @SPL-CEILING-FORMULA @variant:ceiling-nets-refunds @SPL-CUMULATIVE
  Scenario: A seller refund makes room under the ceiling again
    Given an unpaid order "O1" of 100.00 EUR for seller "Acme"
    And the marketplace has split order "O1":
      | seller | amount |
      | Acme   | 100.00 |
    And the marketplace has split order "O1":
      | seller | amount | amountType    |
      | Acme   | 30.00  | SELLER_REFUND |
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 30.00  |
    Then the split is accepted
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 0.01   |
    Then the split is refused with the profile's "splitExceedsTransactions" error

  @SPL-CEILING-FORMULA @variant:ceiling-payments-only
  Scenario Outline: A <type> transaction leaves the ceiling at the payments' 100.00
    Given an unpaid order "O1" of 100.00 EUR for seller "Acme"
    And order "O1" has an unpaid <type> "T2" of <taken back> EUR
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 100.00 |
    Then the split is accepted
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 0.01   |
    Then the split is refused with the profile's "splitExceedsTransactions" error

    Examples:
      | type   | taken back |
      | REFUND | 20.00      |
      | CREDIT | 15.50      |

  @SPL-CEILING-PAID-OR-NOT
  Scenario Outline: The whole payment can be split whether it is <state>
    Given an unpaid order "O1" of 100.00 EUR for seller "Acme"
    And the bank cashes <cashed> EUR for transaction "O1 payment"
    When the marketplace splits order "O1":
      | seller | amount |
      | Acme   | 70.00  |
      | Acme   | 30.00  |
    Then the split is accepted

    Examples:
      | state          | cashed |
      | not paid       | 0.00   |
      | partially paid | 25.00  |

  @SPL-FEE-RANGE
  Scenario Outline: A fee of <fee> on a line of 10.00 is <verdict>
    Given a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount | fee   | feeType   |
      | Acme   | 10.00  | <fee> | <feeType> |
    Then the split is <outcome>

    Examples:
      | fee   | feeType               | verdict  | outcome                                              |
      | 0.00  | SELLER_TO_MARKETPLACE | accepted | accepted                                             |
      | 10.00 | SELLER_TO_MARKETPLACE | accepted | accepted                                             |
      | 10.01 | SELLER_TO_MARKETPLACE | refused  | refused with the profile's "feeExceedsAmount" error |
      | 10.01 | MARKETPLACE_TO_SELLER | refused  | refused with the profile's "feeExceedsAmount" error |
      | -0.01 | SELLER_TO_MARKETPLACE | refused  | refused naming "splits.0.fee"                        |

  @SPL-AMOUNT-TYPE
  Scenario Outline: A split line whose amountType is <amountType> is refused
    Given a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount | amountType   |
      | Acme   | 10.00  | <amountType> |
    Then the split is refused naming "splits.0.amountType"

    Examples:
      | amountType     |
      | seller_payment |

  @SPL-MODEL
  Scenario Outline: A split line whose model is <model> is refused
    Given a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount | model   |
      | Acme   | 10.00  | <model> |
    Then the split is refused naming "splits.0.model"

    Examples:
      | model |
      | 1P    |

  @SPL-MODEL
  Scenario: Both models are accepted on one order
    Given a paid order "O1" of 100.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount | model |
      | Acme   | 60.00  | 2P    |
      | Acme   | 40.00  | 3P    |
    Then the split is accepted

  @SPL-UNKNOWN-SELLER-OR-ORDER
  Scenario: A split of an order MS does not know is refused
    When the marketplace splits an order MS does not know:
      | seller | amount |
      | Acme   | 10.00  |
    Then the split is refused with the profile's "unknownOrder" error
