@needs-simulation @needs-webhooks @marketplace-wide
Feature: Payouts to the marketplace
  Seed §3 "PayoutMerchants": a payoutMerchant is an EXTERNAL movement of funds, a new SEPA credit
  transfer to the marketplace's own bank account on each call. A payout is never executed at once:
  it goes with the bank batches, and payoutMerchant.update then gives its status, VALIDATED, or
  CANCELLED when not enough funds are available. It can be deleted while it is not executed.
  Interface §4: only a PENDING payout can be deleted; an executionDate holds it until that day.

  Background:
    Given the marketplace has earned 30.00 EUR of fees

  @PYM-PENDING-UNTIL-BATCH @PYM-FINAL-STATUS-WEBHOOK @PYM-FUNDS-CONTROL @marketplace-account
  Scenario: A payout to the marketplace waits for the bank batch, then is VALIDATED
    When the marketplace orders merchant payout "PM1" of 20.00 EUR
    Then the payout is accepted as PENDING
    And payout "PM1" is still pending
    When a bank batch runs
    Then payout "PM1" ends VALIDATED
    And payout "PM1" pays 20.00 EUR
    And the ledger balances

  @PYM-FUNDS-CONTROL @PYM-FINAL-STATUS-WEBHOOK @LED-CANCELLED-MOVES-NOTHING
  Scenario: A payout above the marketplace's available money is CANCELLED
    When the marketplace orders merchant payout "PM1" of 9999999.00 EUR
    And a bank batch runs
    Then payout "PM1" ends CANCELLED
    And the ledger balances

  @PYM-NEW-WIRE-EACH-CALL
  Scenario: Two identical payout requests are two wires
    When the marketplace orders merchant payout "PM1" of 10.00 EUR
    And the marketplace orders merchant payout "PM2" of 10.00 EUR
    Then payouts "PM1" and "PM2" are distinct
    When a bank batch runs
    Then payout "PM1" ends VALIDATED
    And payout "PM2" ends VALIDATED

  @PYM-DELETE-ONLY-PENDING
  Scenario: A PENDING payout to the marketplace can be deleted and is never paid
    Given the marketplace orders merchant payout "PM1" of 10.00 EUR
    When the marketplace deletes payout "PM1"
    Then the deletion is accepted
    And payout "PM1" no longer exists
    When a bank batch runs
    Then no "payoutMerchant.update" webhook has arrived for "PM1"

  @PYM-DELETE-ONLY-PENDING
  Scenario Outline: A payout to the marketplace that is <status> cannot be deleted
    Given the marketplace orders merchant payout "PM1" of <amount> EUR
    And a bank batch runs
    And payout "PM1" ends <status>
    When the marketplace deletes payout "PM1"
    Then the deletion is refused with the profile's "payoutAlreadyExecuted" error
    And payout "PM1" is still there

    Examples:
      | amount     | status    |
      | 5.00       | VALIDATED |
      | 9999999.00 | CANCELLED |

  @PYM-EXECUTION-DATE @variant:payout-execution-date-honoured
  Scenario: A payout with an executionDate is not settled before that day, bank batch or not
    When the marketplace orders merchant payout "PM1" of 10.00 EUR on day 2
    And a bank batch runs
    Then payout "PM1" is still pending
    When the marketplace's clock reaches day 1
    And a bank batch runs
    Then payout "PM1" is still pending
    When the marketplace's clock reaches day 2
    And a bank batch runs
    Then payout "PM1" ends VALIDATED

  @PYM-READ
  Scenario: Payouts to the marketplace are listed and read with their status
    Given the marketplace orders merchant payout "PM1" of 10.00 EUR
    When a bank batch runs
    Then payout "PM1" ends VALIDATED
    And payout "PM1" is listed
    And payout "PM1" reads VALIDATED
