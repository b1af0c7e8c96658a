@needs-simulation @needs-webhooks
Feature: The ledger: nothing is lost
  Seed §3 and its cash-flow drawing: money enters MS as PAYIN on the cantonment account, moves
  INTERNALly (splits, fees, transfers) between the cantonment, the sellers' accounts and the
  marketplace account, and leaves as PAYOUT. Not yet paid transactions impact previsional amounts;
  paid ones make funds available for the next operations. Interface §4 makes the ledger exact:
  internal movements never create or destroy money, so Σ balances = money entered − money left.

  Background:
    Given a KYC-validated French seller "Acme"
    And a KYC-validated French seller "Bolt"

  @LED-ACCOUNTS
  Scenario: The ledger shows the cantonment, the marketplace and one account per seller
    Given a paid order "O1" of 10.00 EUR for seller "Acme"
    Then the ledger shows one cantonment account, one marketplace account and one account for each of these sellers:
      | seller |
      | Acme   |
      | Bolt   |

  @LED-PREVISIONAL-VS-AVAILABLE
  Scenario: Registered money is previsional; the settlement makes it available, step by step
    Given an unpaid order "O1" of 100.00 EUR for seller "Acme"
    And the marketplace has split order "O1":
      | seller | amount |
      | Acme   | 100.00 |
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 100.00      |
    And the ledger balances
    When the bank cashes 100.00 EUR for transaction "O1 payment"
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 100.00    | 0.00        |
    And the ledger balances

  @LED-CONSERVATION @LED-ENTRY-AND-EXIT @LED-ONLY-AVAILABLE-SPENT
  Scenario: Splits, fees and transfers move money without creating or destroying any
    Given a paid order "O1" of 200.00 EUR for seller "Acme"
    When the marketplace splits order "O1":
      | seller | amount | fee   | feeType               |
      | Acme   | 120.00 | 12.00 | SELLER_TO_MARKETPLACE |
      | Bolt   | 80.00  | 4.00  | MARKETPLACE_TO_SELLER |
    Then the ledger balances
    When the marketplace makes transfer "T1" of 8.00 EUR from the marketplace to seller "Acme"
    And the marketplace makes transfer "T2" of 4.00 EUR from seller "Bolt" to the marketplace
    Then transfer "T1" ends VALIDATED
    And transfer "T2" ends VALIDATED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 116.00    | 0.00        |
      | Bolt   | 80.00     | 0.00        |
    And the ledger balances

  @LED-ENTRY-AND-EXIT @LED-CANCELLED-MOVES-NOTHING @marketplace-wide
  Scenario: Money leaves only through VALIDATED payouts
    Given seller "Acme" has 40.00 EUR available
    When the marketplace orders seller amount payout "PA1" of 25.00 EUR for seller "Acme"
    And the marketplace orders seller amount payout "PA2" of 25.00 EUR for seller "Acme"
    And a bank batch runs
    Then payout "PA1" ends VALIDATED
    And payout "PA2" ends CANCELLED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 15.00     | 0.00        |
    And the ledger balances

  @LED-CONSERVATION @LED-ENTRY-AND-EXIT @SPL-PAYMENT-MOVES-FUNDS @SPL-REFUND-CALLS-BACK @SPL-FEE-DIRECTION @PYS-NO-ORDERS-ALL-PAYABLE @PSA-SELLER-LEVEL-CONTROL @PYM-FUNDS-CONTROL @marketplace-wide
  Scenario: A whole order, from the payments to the bank batch, leaves the ledger balanced
    Given an order "O1" of 150.00 EUR for seller "Acme"
    And order "O1" has an unpaid PAYMENT "P1" of 100.00 EUR
    And order "O1" has an unpaid PAYMENT "P2" of 50.00 EUR
    When the marketplace splits order "O1":
      | seller | amount | fee   | feeType               | model |
      | Acme   | 90.00  | 9.00  | SELLER_TO_MARKETPLACE | 3P    |
      | Bolt   | 60.00  | 6.00  | SELLER_TO_MARKETPLACE | 2P    |
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 81.00       |
      | Bolt   | 0.00      | 54.00       |
    When the bank cashes 100.00 EUR for transaction "P1"
    And the bank cashes 50.00 EUR for transaction "P2"
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 81.00     | 0.00        |
      | Bolt   | 54.00     | 0.00        |
    When the marketplace registers a REFUND "R1" of 30.00 EUR on order "O1"
    And the bank cashes 30.00 EUR for transaction "R1"
    And the marketplace splits order "O1":
      | seller | amount | amountType    | fee  | feeType               |
      | Acme   | 30.00  | SELLER_REFUND | 3.00 | MARKETPLACE_TO_SELLER |
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 54.00     | 0.00        |
      | Bolt   | 54.00     | 0.00        |
    And the ledger balances
    When the marketplace orders seller payout "PS1" for seller "Acme" of every payable order
    And the marketplace orders seller amount payout "PA1" of 50.00 EUR for seller "Bolt"
    And the marketplace orders merchant payout "PM1" of 12.00 EUR
    Then payout "PS1" is still pending
    When a bank batch runs
    Then payout "PS1" ends VALIDATED
    And payout "PA1" ends VALIDATED
    And payout "PM1" ends VALIDATED
    And payout "PS1" pays 54.00 EUR
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |
      | Bolt   | 4.00      | 0.00        |
    And the ledger balances
