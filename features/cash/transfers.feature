@needs-simulation @needs-webhooks
Feature: Transfers
  Seed §3 "Transfers": a transfer is an INTERNAL movement of funds, always between the marketplace
  main account and one seller account, in the direction accountingEntry gives. It is executed at
  once (or on its executionDate) but controlled asynchronously: transfer.update gives its
  definitive status, VALIDATED or CANCELLED. Interface §4: VALIDATED when the paying account has
  the available funds, else CANCELLED; only a transfer still waiting for its date can be deleted.

  Background:
    Given a KYC-validated French seller "Acme"

  @TRF-CREATED-PENDING @variant:transfer-created-pending @TRF-UPDATE-WEBHOOK @TRF-FUNDS-CONTROL @TRF-MARKETPLACE-SELLER-ONLY
  Scenario: A seller pays the marketplace from its available money
    Given seller "Acme" has 50.00 EUR available
    When the marketplace makes transfer "T1" of 30.00 EUR from seller "Acme" to the marketplace
    Then the transfer is accepted as PENDING
    And transfer "T1" ends VALIDATED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 20.00     | 0.00        |
    And the ledger balances

  @TRF-UPDATE-WEBHOOK @TRF-FUNDS-CONTROL @TRF-MARKETPLACE-SELLER-ONLY
  Scenario: The marketplace pays a seller from its available money
    Given the marketplace has earned 25.00 EUR of fees from seller "Acme"
    And a KYC-validated French seller "Bolt"
    When the marketplace makes transfer "T1" of 25.00 EUR from the marketplace to seller "Bolt"
    Then transfer "T1" ends VALIDATED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 0.00        |
      | Bolt   | 25.00     | 0.00        |

  @TRF-FUNDS-CONTROL @TRF-UPDATE-WEBHOOK @LED-CANCELLED-MOVES-NOTHING
  Scenario Outline: A transfer of <amount> from a seller with 50.00 available is <status>
    Given seller "Acme" has 50.00 EUR available
    When the marketplace makes transfer "T1" of <amount> EUR from seller "Acme" to the marketplace
    Then transfer "T1" ends <status>
    And the balances are:
      | seller | available | previsional |
      | Acme   | <left>    | 0.00        |

    Examples:
      | amount | status    | left  |
      | 50.00  | VALIDATED | 0.00  |
      | 50.01  | CANCELLED | 50.00 |

  @TRF-FUNDS-CONTROL @LED-CANCELLED-MOVES-NOTHING
  Scenario: The marketplace cannot pay a seller more than it has
    Given a KYC-validated French seller "Bolt"
    When the marketplace makes transfer "T1" of 9999999.00 EUR from the marketplace to seller "Bolt"
    Then transfer "T1" ends CANCELLED
    And the balances are:
      | seller | available | previsional |
      | Bolt   | 0.00      | 0.00        |

  @TRF-FUNDS-CONTROL @LED-ONLY-AVAILABLE-SPENT
  Scenario: Money split but not yet cashed cannot be transferred
    Given seller "Acme" has 50.00 EUR previsional
    When the marketplace makes transfer "T1" of 10.00 EUR from seller "Acme" to the marketplace
    Then transfer "T1" ends CANCELLED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 0.00      | 50.00       |

  @TRF-MARKETPLACE-SELLER-ONLY
  Scenario Outline: A transfer whose accountingEntry is <entry> is refused
    When the marketplace makes transfer "T1" of 10.00 EUR with seller "Acme" and accountingEntry "<entry>"
    Then the transfer is refused naming "accountingEntry"

    Examples:
      | entry                 |
      | SELLER_TO_SELLER      |
      | MARKETPLACE_TO_BUYER  |

  @TRF-EXECUTION-DATE @marketplace-wide
  Scenario: A transfer with an executionDate waits for that day
    Given seller "Acme" has 50.00 EUR available
    When the marketplace makes transfer "T1" of 20.00 EUR from seller "Acme" to the marketplace on day 5
    Then the transfer is accepted as PENDING
    When the marketplace's clock reaches day 4
    Then transfer "T1" is still pending
    And the balances are:
      | seller | available | previsional |
      | Acme   | 50.00     | 0.00        |
    When the marketplace's clock reaches day 5
    Then transfer "T1" ends VALIDATED
    And the balances are:
      | seller | available | previsional |
      | Acme   | 30.00     | 0.00        |

  @TRF-DELETE-BEFORE-EXECUTION @LED-CANCELLED-MOVES-NOTHING @marketplace-wide
  Scenario: A transfer still waiting for its date can be deleted and never executes
    Given seller "Acme" has 50.00 EUR available
    And the marketplace makes transfer "T1" of 20.00 EUR from seller "Acme" to the marketplace on day 3
    When the marketplace deletes transfer "T1"
    Then the deletion is accepted
    And transfer "T1" no longer exists
    When the marketplace's clock reaches day 3
    Then the balances are:
      | seller | available | previsional |
      | Acme   | 50.00     | 0.00        |

  @TRF-DELETE-BEFORE-EXECUTION
  Scenario Outline: An executed transfer, <status>, cannot be deleted
    Given seller "Acme" has 50.00 EUR available
    And the marketplace makes transfer "T1" of <amount> EUR from seller "Acme" to the marketplace
    And transfer "T1" ends <status>
    When the marketplace deletes transfer "T1"
    Then the deletion is refused with the profile's "transferAlreadyExecuted" error
    And transfer "T1" is still there

    Examples:
      | amount | status    |
      | 10.00  | VALIDATED |
      | 60.00  | CANCELLED |

  @TRF-EXTERNAL-ID-UNIQUE
  Scenario: An externalTransferId cannot name two transfers
    Given seller "Acme" has 50.00 EUR available
    And the marketplace makes transfer "T1" of 10.00 EUR from seller "Acme" to the marketplace
    And transfer "T1" ends VALIDATED
    When the marketplace makes another transfer of 5.00 EUR with the externalTransferId of "T1"
    Then the transfer is refused with the profile's "externalIdConflict" error
    And the transfers of seller "Acme" are "T1"
    And the balances are:
      | seller | available | previsional |
      | Acme   | 40.00     | 0.00        |

  @TRF-READ @marketplace-wide
  Scenario: Transfers are listed and read with their status
    Given seller "Acme" has 50.00 EUR available
    And the marketplace makes transfer "T1" of 10.00 EUR from seller "Acme" to the marketplace
    And transfer "T1" ends VALIDATED
    And the marketplace makes transfer "T2" of 5.00 EUR from seller "Acme" to the marketplace on day 40
    Then the transfers of seller "Acme" are "T2" and "T1"
    And transfer "T1" reads VALIDATED
    And transfer "T2" reads PENDING
    When the marketplace deletes transfer "T2"
    Then the deletion is accepted
