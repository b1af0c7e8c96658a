@security
Feature: Each marketplace sees only its own sellers, money and webhooks
  Interface §1: "Each marketplace (OAuth client) sees only its own sellers, orders and money.
  Another marketplace's resource answers exactly like a resource that does not exist." Interface
  §2: an id named in a body that is another marketplace's is 422 UNKNOWN_SELLER / UNKNOWN_ORDER.
  Ids supplied by the marketplace (merchantSellerId, externalOrderId…) are unique per marketplace.

  @SEC-TENANT-ISOLATION @ERR-UNKNOWN-PATH-404 @needs-second-marketplace
  Scenario Outline: Another marketplace's seller does not exist for the second marketplace, which <request>
    Given a French seller ready for its KYC assessment
    When the second marketplace <request>
    Then the answer is the same as for a seller that does not exist
    And the seller's legalEntityName is "Atelier Lumière SAS"
    And the legal representative is the seller's only contact

    Examples:
      | request                                |
      | reads the seller                       |
      | adds a contact to the seller           |
      | deletes the legal representative       |

  @SEC-EXTERNAL-IDS-PER-MARKETPLACE @needs-second-marketplace
  Scenario: Two marketplaces may use the same merchantSellerId, each for its own seller
    Given a French seller with every mandatory field
    When the second marketplace saves a seller with the same merchantSellerId and:
      """json
      { "legalEntityName": "Second Marketplace's Own Seller SARL" }
      """
    Then the seller is created
    And the seller's legalEntityName is "Atelier Lumière SAS"

  @SEC-EXTERNAL-IDS-PER-MARKETPLACE @ORD-GET @variant:orders-readable @needs-second-marketplace @needs-simulation
  Scenario: Two marketplaces may use the same externalOrderId, each for its own order
    Given a KYC-validated French seller "Atelier"
    And a KYC-validated French seller "Zweiter" of the second marketplace
    When the marketplace registers an order "O1" of 50.00 EUR
    And the second marketplace registers its own order "O2" of 70.00 EUR with the externalOrderId of order "O1"
    Then order "O1" reads 50.00 EUR
    And order "O2" reads 70.00 EUR

  @SEC-FOREIGN-ID-IN-BODY @needs-second-marketplace @needs-simulation
  Scenario: Naming another marketplace's seller in a body is naming an unknown seller
    Given a KYC-validated French seller "Atelier"
    And a new id remembered as "transfer"
    When I send a POST request to "/transfers" as the second marketplace
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
    Then the answer status is the profile's "unprocessable" status
    And the answer error code is "unknownSeller"

  @SEC-TENANT-LISTS @needs-second-marketplace @needs-simulation
  Scenario: Lists never show another marketplace's transactions
    Given a KYC-validated French seller "Atelier"
    And a new id remembered as "order"
    And a new id remembered as "payment"
    And I send a POST request to "/transactions"
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
    And the answer status is the profile's "created" status
    And I remember the answer body at "/transactionId" as "transaction"
    When I send a GET request to "/transactions" as the second marketplace
    Then the answer status is the profile's "read" status
    And the list does not contain "transaction"
    When I send a GET request to "/transactions"
    Then the list contains "transaction"

  @SEC-WEBHOOKS-OWN-MARKETPLACE @needs-second-marketplace @needs-simulation @needs-webhooks
  Scenario: A marketplace never receives another marketplace's webhooks
    Given a webhook endpoint of the second marketplace that records what it receives
    And a French seller "Zweiter" of the second marketplace ready for its KYC assessment
    And a French seller "Atelier" ready for its KYC assessment
    When the marketplace asks for the KYC assessment of the seller "Atelier"
    And the second marketplace asks for the KYC assessment of the seller "Zweiter"
    Then an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook arrives for the seller "Atelier"
    And the second marketplace's endpoint receives MP_IBAN_AVAILABLE_FOR_PAYMENT for the seller "Zweiter"
    And the second marketplace's endpoint never received a webhook about the seller "Atelier"
