@needs-simulation
Feature: Transactions
  Seed §3 "Transactions": every PAYIN is a transaction of an order, PAYMENT for the benefit of the
  marketplace, REFUND and CREDIT for the benefit of the buyer, coming from a known payment method.
  The amount must be above 0 and a REFUND cannot come before a PAYMENT on the same order. A
  transaction can be PAID or not; each change of its paidAmount, and its due date reached while it
  is not fully paid, are announced by transaction.update. Its due date can change; it can be deleted
  only while nothing was cashed for it.

  Background:
    Given the marketplace has a KYC-validated seller
    And an order "O1" of 100.00 EUR

  @TRX-CREATE @TRX-READ
  Scenario: A registered transaction starts with nothing cashed and reads back
    When the marketplace registers a PAYMENT "P1" of 100.00 EUR on order "O1"
    Then the transaction is accepted with a transactionId and a paidAmount of 0.00
    And transaction "P1" has cashed 0.00
    And the transactions of order "O1" are "P1"

  Scenario Outline: A transaction without its <field> is refused
    When the marketplace registers a transaction on order "O1" without its <field>
    Then the transaction is refused naming "<field>"

    @TRX-LINKED-TO-ORDER
    Examples: a transaction belongs to an order
      | field           |
      | externalOrderId |

    @TRX-PAYMENT-METHOD
    Examples: a transaction comes from a known payment method
      | field             |
      | paymentMethodName |

  @TRX-AMOUNT-POSITIVE
  Scenario Outline: A transaction amount of <amount> is refused
    When the marketplace registers a transaction on order "O1" whose amount is "<amount>"
    Then the transaction is refused naming "amount"
    And order "O1" has no transactions

    Examples:
      | amount |
      | 0.00   |
      | -10.00 |

  @TRX-TYPES
  Scenario Outline: A transaction of type <type> is refused
    When the marketplace registers a transaction on order "O1" whose type is "<type>"
    Then the transaction is refused naming "type"

    Examples:
      | type       |
      | CHARGEBACK |
      | payment    |

  @TRX-TYPES @TRX-REFUND-AFTER-PAYMENT @TRX-MANY-PER-ORDER
  Scenario: PAYMENT, REFUND and CREDIT transactions, any number of them, on one order
    Given order "O1" has an unpaid PAYMENT "P1" of 60.00 EUR
    When the marketplace registers a PAYMENT "P2" of 40.00 EUR on order "O1"
    And the marketplace registers a REFUND "R1" of 15.00 EUR on order "O1"
    And the marketplace registers a CREDIT "C1" of 5.00 EUR on order "O1"
    And the marketplace registers a PAYMENT "P3" of 0.01 EUR on order "O1"
    Then the transactions of order "O1" are "P1", "P2", "R1", "C1" and "P3"

  @TRX-REFUND-AFTER-PAYMENT
  Scenario: A REFUND before any PAYMENT of the order is refused
    When the marketplace registers a REFUND "R1" of 10.00 EUR on order "O1"
    Then the transaction is refused with the profile's "refundBeforePayment" error
    And order "O1" has no transactions

  @TRX-REFUND-AFTER-PAYMENT
  Scenario: A CREDIT alone does not open the way to a REFUND
    Given order "O1" has an unpaid CREDIT "C1" of 10.00 EUR
    When the marketplace registers a REFUND "R1" of 10.00 EUR on order "O1"
    Then the transaction is refused with the profile's "refundBeforePayment" error
    And the transactions of order "O1" are "C1"

  @TRX-EXTERNAL-ID-UNIQUE
  Scenario: An externalTransactionId cannot name two transactions
    Given order "O1" has an unpaid PAYMENT "P1" of 30.00 EUR
    When the marketplace registers another transaction of 70.00 EUR on order "O1" with the externalTransactionId of "P1"
    Then the transaction is refused with the profile's "externalIdConflict" error
    And the transactions of order "O1" are "P1"

  @TRX-PATCH-DUE-DATE-ONLY
  Scenario: The due date of a transaction can change
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR due on day 10
    When the marketplace changes the due date of transaction "P1" to day 20
    Then the change is accepted
    And transaction "P1" is due on day 20

  @TRX-PATCH-DUE-DATE-ONLY
  Scenario Outline: Only the due date of a transaction can change: its <field> cannot
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR
    When the marketplace changes the <field> of transaction "P1" to "<value>"
    Then the change is refused naming "<field>"
    And transaction "P1" reads a PAYMENT of 100.00 EUR

    Examples:
      | field  | value  |
      | amount | 1.00   |
      | type   | REFUND |

  @TRX-DELETE-ONLY-UNCASHED
  Scenario: A transaction nothing was cashed for can be deleted
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR
    When the marketplace deletes transaction "P1"
    Then the deletion is accepted
    And transaction "P1" no longer exists
    And order "O1" has no transactions

  @TRX-DELETE-ONLY-UNCASHED
  Scenario Outline: A transaction with <cashed> EUR cashed cannot be deleted
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR
    And the bank cashes <cashed> EUR for transaction "P1"
    When the marketplace deletes transaction "P1"
    Then the deletion is refused with the profile's "transactionHasCashedMoney" error
    And transaction "P1" is still there

    Examples:
      | cashed |
      | 0.01   |
      | 100.00 |

  @TRX-UPDATE-ON-PAID-AMOUNT @needs-webhooks
  Scenario: Each change of paidAmount is announced by transaction.update
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR
    When the bank cashes 40.00 EUR for transaction "P1"
    And the bank cashes 60.00 EUR for transaction "P1"
    Then the transaction.update webhooks for "P1" announce:
      | reason              | paidAmount | status         |
      | PAID_AMOUNT_UPDATED | 40.00      | PARTIALLY_PAID |
      | PAID_AMOUNT_UPDATED | 100.00     | PAID           |
    And transaction "P1" has cashed 100.00

  @TRX-PAID-AMOUNT-CAPPED
  Scenario Outline: Cashing <second> EUR after <first> EUR on a 100.00 EUR payment is refused
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR
    And the bank cashes <first> EUR for transaction "P1"
    When the bank tries to cash <second> EUR for transaction "P1"
    Then the settlement is refused with the profile's "settlementExceedsAmount" error
    And transaction "P1" has cashed <first>

    Examples:
      | first | second |
      | 0.00  | 100.01 |
      | 99.99 | 0.02   |

  @TRX-UPDATE-ON-DUE-DATE @needs-webhooks @marketplace-wide
  Scenario Outline: The due date reached on a <state> transaction is announced
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR due on day 3
    And the bank cashes <cashed> EUR for transaction "P1"
    When the marketplace's clock reaches day 2
    Then no due date has been announced for transaction "P1"
    When the marketplace's clock reaches day 3
    Then the due date of transaction "P1" is announced with a paidAmount of <cashed>

    Examples:
      | state          | cashed |
      | unpaid         | 0.00   |
      | partially paid | 99.99  |

  @TRX-UPDATE-ON-DUE-DATE @needs-webhooks @marketplace-wide
  Scenario: The due date reached on a fully paid transaction is not announced
    Given order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR due on day 3
    And order "O1" has an unpaid PAYMENT "P2" of 50.00 EUR due on day 3
    And the bank cashes 100.00 EUR for transaction "P1"
    When the marketplace's clock reaches day 3
    Then the due date of transaction "P2" is announced with a paidAmount of 0.00
    And no due date has been announced for transaction "P1"
