@webhooks
Feature: Onboarding webhooks: envelope, signature, delivery
  Seed §2.7: "you will receive webhooks at each step of onboarding to follow the completion without
  having to pull GET requests every minute." Interface §5: a webhook is a POST of
  { id, type, createdAt, data } signed with MS-Signature (HMAC-SHA256 of "<t>.<raw body>" with the
  endpoint secret), delivered at least once (retried until acknowledged, with the same id, so that
  receivers deduplicate by id), in lifecycle order per resource; its types are those the seed names.

  @WHK-ONBOARDING-SEQUENCE @WHK-LIFECYCLE-ORDER @WHK-EACH-STEP @WHK-ENVELOPE @WHK-SIGNATURE @WHK-TYPES @WHK-CREATED-AT-MONOTONIC @needs-simulation @needs-webhooks
  Scenario: A validated onboarding is notified step by step with signed webhooks
    Given a French seller ready for its KYC assessment
    When the marketplace asks for the seller's KYC assessment
    Then an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for that seller
    And no MP_KYC_IN_PROGRESS webhook has arrived for that seller
    When the seller's bank sends its 1 € transfer
    Then an MP_KYC_IN_PROGRESS webhook arrives for that seller
    When the KYC operator validates the seller's KYC
    Then the webhooks for that seller arrive in this order:
      | MP_IBAN_AVAILABLE_FOR_PAYMENT |
      | MP_KYC_IN_PROGRESS            |
      | MP_KYC_VALIDATED              |
    And every webhook for that seller has an id, a type, a createdAt and data naming the seller
    And every webhook for that seller is signed with the endpoint's secret
    And the webhooks for that seller were created in chronological order

  @WHK-AT-LEAST-ONCE @WHK-SAME-ID-ON-RETRY @needs-simulation @needs-webhooks
  Scenario: A webhook the marketplace did not acknowledge is delivered again with the same id
    Given a French seller ready for its KYC assessment
    And a webhook endpoint of the marketplace that fails the first delivery of each event about that seller
    When the marketplace asks for the seller's KYC assessment
    Then that endpoint receives MP_IBAN_AVAILABLE_FOR_PAYMENT for that seller again after refusing it
    And every delivery of it carries the same event id
    And an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for that seller exactly once

  @WHK-TYPES @needs-simulation @needs-webhooks
  Scenario: Cash webhooks carry the types the seed names
    Given a KYC-validated French seller "Atelier"
    And a new id remembered as "order"
    And a new id remembered as "payment"
    When I send a POST request to "/transactions"
      """json
      {
        "externalOrderId": "${order}",
        "externalTransactionId": "${payment}",
        "type": "PAYMENT",
        "amount": 40.00,
        "currency": "EUR",
        "paymentMethodName": "CARD"
      }
      """
    Then the answer status is the profile's "created" status
    And I remember the answer body at "/transactionId" as "transaction"
    When 40.00 EUR of the buyer's money is cashed for the transaction "transaction"
    Then a "order.notFound" webhook arrives for "order"
    And a "transaction.update" webhook arrives for "transaction"
    And every webhook for "transaction" has a type the seed names
