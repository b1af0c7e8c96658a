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

  @REV-VALIDATED-ENABLES-CASH @needs-simulation
  Scenario: A validated seller can receive money
    Given a KYC-validated French seller "Atelier"
    And a new id remembered as "transfer"
    When I send a POST request to "/transfers"
      """json
      {
        "externalTransferId": "${transfer}",
        "sellerId": "${Atelier.sellerId}",
        "accountingEntry": "MARKETPLACE_TO_SELLER",
        "reasonCode": "COMMERCIAL_GESTURE",
        "amount": 10.00,
        "currency": "EUR"
      }
      """
    Then the answer status is the profile's "created" status
