@kyc
Feature: The KYC review
  Seed §2.6: "As soon as the 1€ transfer will be received, you will be notified by the
  MP_KYC_IN_PROGRESS webhook. It means that an operator will check all the information provided
  [...] Then you will receive either an approval MP_KYC_VALIDATED or a refusal MP_KYC_REFUSED."
  Seed §3 Orders: "Considering that the marketplace has a minimum of one seller (with KYC
  validated), it can start to register orders." The operator's decision is driven through the
  simulation API (interface §6).

  @REV-IN-PROGRESS-AFTER-TRANSFER @REV-NO-IN-PROGRESS-BEFORE-TRANSFER @WHK-EACH-STEP @needs-simulation @needs-webhooks
  Scenario: MP_KYC_IN_PROGRESS comes with the 1 €, not before
    Given a French seller waiting for its 1 € transfer
    And an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook has arrived for that seller
    And the marketplace's clock has moved on
    When the seller's bank sends its 1 € transfer
    Then an MP_KYC_IN_PROGRESS webhook arrives for that seller exactly once
    And it was created after the 1 € transfer

  @REV-DECISION @WHK-EACH-STEP @needs-simulation @needs-webhooks
  Scenario Outline: The review ends with <webhook>
    Given a French seller whose KYC is in review
    When the KYC operator <decision>
    Then the webhooks for that seller arrive in this order:
      | MP_IBAN_AVAILABLE_FOR_PAYMENT |
      | MP_KYC_IN_PROGRESS            |
      | <webhook>                     |
    And an <webhook> webhook arrives for that seller exactly once

    Examples:
      | decision                                                            | webhook          |
      | validates the seller's KYC                                          | MP_KYC_VALIDATED |
      | refuses the seller's KYC because "The legal form does not match the registration" | MP_KYC_REFUSED   |

  @REV-VALIDATED-ENABLES-CASH @needs-simulation @needs-webhooks
  Scenario: A validated seller can receive money
    Given a KYC-validated French seller "Acme"
    And the marketplace has earned 10.00 EUR of fees from seller "Acme"
    And a KYC-validated French seller "Atelier"
    When the marketplace makes transfer "T1" of 10.00 EUR from the marketplace to seller "Atelier"
    Then transfer "T1" ends VALIDATED
    And the balances are:
      | seller  | available | previsional |
      | Atelier | 10.00     | 0.00        |

  @REV-VALIDATED-ENABLES-CASH @needs-simulation
  Scenario: A seller whose KYC is not validated yet cannot receive money
    Given a KYC-validated French seller "Acme"
    And the marketplace has earned 10.00 EUR of fees from seller "Acme"
    And a French seller "Atelier" waiting for its 1 € transfer
    When the marketplace makes transfer "T1" of 10.00 EUR from the marketplace to seller "Atelier"
    Then the transfer to seller "Atelier" is refused and it has received nothing
