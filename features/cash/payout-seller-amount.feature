@needs-simulation @needs-webhooks @marketplace-wide
Feature: Payouts of an amount to a seller
  Seed §3 "PayoutSellerAmount": like a payoutSeller, but for a requested amount. It disables the
  fund control order by order: funds are only controlled on the seller's level, and the marketplace
  reports to its seller which orders are paid. Each call is a new SEPA credit transfer, settled by
  the bank batch and announced by payoutSeller.update; only a payout not yet executed can be deleted.

  Background:
    Given a KYC-validated French seller "Acme"
    And seller "Acme" has 30.00 EUR available from order "O1"
    And seller "Acme" has 20.00 EUR available from order "O2"

  @PSA-PENDING-UNTIL-BATCH @PSA-WEBHOOK-PAYOUT-SELLER-UPDATE @PSA-SELLER-LEVEL-CONTROL
  Scenario: An amount payout waits for the bank batch and is announced by payoutSeller.update
    When the marketplace orders seller amount payout "PA1" of 45.00 EUR for seller "Acme"
    Then the payout is accepted as PENDING
    And payout "PA1" is still pending
    And the balances are:
      | seller | available | previsional |
      | Acme   | 50.00     | 0.00        |
    When a bank batch runs
    Then payout "PA1" ends VALIDATED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 5.00      | 0.00        |
    And the ledger balances

  @PSA-SELLER-LEVEL-CONTROL @PSA-WEBHOOK-PAYOUT-SELLER-UPDATE @LED-CANCELLED-MOVES-NOTHING
  Scenario Outline: Asking <asked> from a seller with 50.00 available across two orders is <status>
    When the marketplace orders seller amount payout "PA1" of <asked> EUR for seller "Acme"
    And a bank batch runs
    Then payout "PA1" ends <status>
    And the balances are:
      | seller | available | previsional |
      | Acme   | <left>    | 0.00        |

    Examples:
      | asked | status    | left  |
      | 50.00 | VALIDATED | 0.00  |
      | 50.01 | CANCELLED | 50.00 |

  @PSA-SELLER-LEVEL-CONTROL @LED-ONLY-AVAILABLE-SPENT
  Scenario: Money split but not yet cashed is not paid out
    Given seller "Acme" has 40.00 EUR previsional
    When the marketplace orders seller amount payout "PA1" of 60.00 EUR for seller "Acme"
    And a bank batch runs
    Then payout "PA1" ends CANCELLED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 50.00     | 40.00       |

  @PSA-NEW-WIRE-EACH-CALL
  Scenario: Two identical amount payouts are two wires, each paid on its own
    When the marketplace orders seller amount payout "PA1" of 15.00 EUR for seller "Acme"
    And the marketplace orders seller amount payout "PA2" of 15.00 EUR for seller "Acme"
    Then payouts "PA1" and "PA2" are distinct
    When a bank batch runs
    Then payout "PA1" ends VALIDATED
    And payout "PA2" ends VALIDATED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 20.00     | 0.00        |

  @PSA-DELETE-ONLY-PENDING
  Scenario: A PENDING amount payout can be deleted and is never paid
    Given the marketplace orders seller amount payout "PA1" of 10.00 EUR for seller "Acme"
    When the marketplace deletes payout "PA1"
    Then the deletion is accepted
    And payout "PA1" no longer exists
    When a bank batch runs
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 50.00     | 0.00        |

  @PSA-DELETE-ONLY-PENDING
  Scenario Outline: An amount payout that is <status> cannot be deleted
    Given the marketplace orders seller amount payout "PA1" of <asked> EUR for seller "Acme"
    And a bank batch runs
    And payout "PA1" ends <status>
    When the marketplace deletes payout "PA1"
    Then the deletion is refused with the profile's "payoutAlreadyExecuted" error
    And payout "PA1" is still there

    Examples:
      | asked  | status    |
      | 10.00  | VALIDATED |
      | 500.00 | CANCELLED |

  @PSA-READ
  Scenario: A seller's amount payouts are listed and read with their status
    Given the marketplace orders seller amount payout "PA1" of 10.00 EUR for seller "Acme"
    When a bank batch runs
    Then payout "PA1" ends VALIDATED
    And payout "PA1" is listed
    And payout "PA1" reads VALIDATED
    And payout "PA1" pays 10.00 EUR
