@needs-simulation @needs-webhooks @marketplace-wide
Feature: Payouts to a seller, order by order
  Seed §3 "PayoutSellers": a payoutSeller is an EXTERNAL movement of funds, a new SEPA credit
  transfer to the seller's bank account on each call. With a list of orders, each is paid as much
  as the received funds allow, up to its askedAmount when one is given; with just the seller, every
  order whose funds are received is paid; a list of transfers the seller received can be paid too.
  When there is nothing to pay, no wire is generated. payoutSeller.update gives the status once the
  bank batch has run; only a payout not yet executed can be deleted.

  Background:
    Given a KYC-validated French seller "Acme"
    And a paid order "O1" of 30.00 EUR for seller "Acme"
    And the marketplace has split order "O1":
      | seller | amount |
      | Acme   | 30.00  |

  @PYS-PENDING-UNTIL-BATCH @PYS-FINAL-STATUS-WEBHOOK @PYS-ORDERS
  Scenario: A payout of an order waits for the bank batch, then pays the seller's money on it
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order |
      | O1    |
    Then the payout is accepted as PENDING
    And payout "PS1" is still pending
    And the balances are:
      | seller | available | previsional |
      | Acme   | 30.00     | 0.00        |
    When a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" pays 30.00 EUR
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |
    And the ledger balances

  @PYS-ORDERS
  Scenario: Only the listed orders are paid
    Given a paid order "O2" of 20.00 EUR for seller "Acme"
    And the marketplace has split order "O2":
      | seller | amount |
      | Acme   | 20.00  |
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order |
      | O2    |
    And a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" pays 20.00 EUR
    And the balances are:
      | seller | available | previsional |
      | Acme   | 30.00     | 0.00        |

  @PYS-ASKED-AMOUNT-PARTIAL
  Scenario Outline: An order asked for <asked> out of 30.00 received is paid <paid>, the rest stays payable
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order | askedAmount |
      | O1    | <asked>     |
    And a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" pays <paid> EUR
    When the marketplace orders seller payout "PS2" for seller "Acme" of:
      | order |
      | O1    |
    And a bank batch runs
    Then payout "PS2" ends <rest status>
    And payout "PS2" pays <rest> EUR

    Examples:
      | asked | paid  | rest  | rest status |
      | 10.00 | 10.00 | 20.00 | VALIDATED   |
      | 29.99 | 29.99 | 0.01  | VALIDATED   |
      | 45.00 | 30.00 | 0.00  | CANCELLED   |

  @PYS-ORDER-LEVEL-CONTROL
  Scenario: An order never pays more than the seller's cashed money on it, even from a larger balance
    Given a paid order "O2" of 50.00 EUR for seller "Acme"
    And the marketplace has split order "O2":
      | seller | amount |
      | Acme   | 50.00  |
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order | askedAmount |
      | O1    | 40.00       |
    And a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" pays 30.00 EUR
    And the balances are:
      | seller | available | previsional |
      | Acme   | 50.00     | 0.00        |

  @PYS-ORDER-LEVEL-CONTROL @LED-PREVISIONAL-VS-AVAILABLE
  Scenario: A refund still to be paid back to the buyer is not the seller's money
    Given a paid order "O2" of 100.00 EUR for seller "Acme"
    And order "O2" has an unpaid REFUND "R2" of 20.00 EUR
    And the marketplace has split order "O2":
      | seller | amount |
      | Acme   | 80.00  |
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 110.00    | 0.00        |
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order |
      | O2    |
    And a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" pays 80.00 EUR

  @PYS-ORDER-LEVEL-CONTROL @PYS-NOTHING-TO-PAY-CANCELLED @variant:nothing-to-pay-cancelled @LED-ONLY-AVAILABLE-SPENT
  Scenario: An order whose money is not received pays nothing: the payout is CANCELLED
    Given an unpaid order "O2" of 40.00 EUR for seller "Acme"
    And the marketplace has split order "O2":
      | seller | amount |
      | Acme   | 40.00  |
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order |
      | O2    |
    And a bank batch runs
    Then payout "PS1" ends CANCELLED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 30.00     | 40.00       |

  @PYS-NO-ORDERS-ALL-PAYABLE
  Scenario: Without orders, every order whose funds are received is paid
    Given a paid order "O2" of 20.00 EUR for seller "Acme"
    And an unpaid order "O3" of 40.00 EUR for seller "Acme"
    And the marketplace has split order "O2":
      | seller | amount |
      | Acme   | 20.00  |
    And the marketplace has split order "O3":
      | seller | amount |
      | Acme   | 40.00  |
    When the marketplace orders seller payout "PS1" for seller "Acme" of every payable order
    And a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" pays 50.00 EUR
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 40.00       |

  @PYS-TRANSFERS
  Scenario: A payout can pay the transfers the seller received
    Given a KYC-validated French seller "Bolt"
    And the marketplace has earned 15.00 EUR of fees from seller "Bolt"
    And the marketplace makes transfer "T1" of 15.00 EUR from the marketplace to seller "Acme"
    And transfer "T1" ends VALIDATED
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | transfer |
      | T1       |
    And a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" pays 15.00 EUR
    And the balances are:
      | seller | available | previsional |
      | Acme   | 30.00     | 0.00        |

  @PYS-NOTHING-TO-PAY-CANCELLED @variant:nothing-to-pay-cancelled @LED-CANCELLED-MOVES-NOTHING
  Scenario: A payout when everything was already paid out is CANCELLED and nothing leaves
    Given the marketplace orders seller payout "PS1" for seller "Acme" of every payable order
    And a bank batch runs
    And payout "PS1" ends VALIDATED
    When the marketplace orders seller payout "PS2" for seller "Acme" of every payable order
    And a bank batch runs
    Then payout "PS2" ends CANCELLED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |
    And the ledger balances

  @PYS-NOTHING-TO-PAY-CANCELLED @variant:nothing-to-pay-cancelled @LED-CANCELLED-MOVES-NOTHING
  Scenario: A seller whose previsional amount is negative is sent no wire: the payout is CANCELLED
    Seed: "in case of the previsional amount is negative, sometimes there is no wire generated". An
    order not yet cashed is called back from the seller in full while the marketplace keeps its fee.

    Given the marketplace orders seller payout "PS1" for seller "Acme" of every payable order
    And a bank batch runs
    And payout "PS1" ends VALIDATED
    And an unpaid order "O2" of 40.00 EUR for seller "Acme"
    And the marketplace has split order "O2":
      | seller | amount | amountType     | fee  | feeType               |
      | Acme   | 40.00  | SELLER_PAYMENT | 4.00 | SELLER_TO_MARKETPLACE |
    And the marketplace has split order "O2":
      | seller | amount | amountType    | fee  |
      | Acme   | 40.00  | SELLER_REFUND | 0.00 |
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | -4.00       |
    When the marketplace orders seller payout "PS2" for seller "Acme" of every payable order
    And a bank batch runs
    Then payout "PS2" ends CANCELLED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | -4.00       |
    And the ledger balances

  @PYS-NEW-WIRE-EACH-CALL
  Scenario: Two identical payout requests are two wires, each paid on its own
    When the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order | askedAmount |
      | O1    | 10.00       |
    And the marketplace orders seller payout "PS2" for seller "Acme" of:
      | order | askedAmount |
      | O1    | 10.00       |
    Then payouts "PS1" and "PS2" are distinct
    When a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS2" ends VALIDATED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 10.00     | 0.00        |

  @PYS-DELETE-ONLY-PENDING
  Scenario: A PENDING payout to a seller can be deleted and is never paid
    Given the marketplace orders seller payout "PS1" for seller "Acme" of every payable order
    When the marketplace deletes payout "PS1"
    Then the deletion is accepted
    And payout "PS1" no longer exists
    When a bank batch runs
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 30.00     | 0.00        |

  @PYS-DELETE-ONLY-PENDING
  Scenario Outline: A payout to a seller that is <status> cannot be deleted
    Given an unpaid order "O2" of 10.00 EUR for seller "Acme"
    And the marketplace orders seller payout "PS1" for seller "Acme" of:
      | order   |
      | <order> |
    And a bank batch runs
    And payout "PS1" ends <status>
    When the marketplace deletes payout "PS1"
    Then the deletion is refused with the profile's "payoutAlreadyExecuted" error
    And payout "PS1" is still there

    Examples:
      | order | status    |
      | O1    | VALIDATED |
      | O2    | CANCELLED |

  @PYS-READ
  Scenario: A seller's payouts are listed and read with their status
    Given the marketplace orders seller payout "PS1" for seller "Acme" of every payable order
    When a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PS1" is listed
    And payout "PS1" reads VALIDATED
