@needs-simulation @needs-second-marketplace
Feature: No orders before a seller's KYC is validated
  Seed §3 "Orders": "Considering that the marketplace has a minimum of one seller (with KYC
  validated), it can start to register orders." Interface §4: POST /orders is a 422 while the
  marketplace has no seller with a validated KYC. Proving it needs a marketplace none of whose
  sellers is validated: the second marketplace of a fresh target. Where it already has sellers,
  the scenario is reported as not verified. Concurrent lanes start it before, and never run it
  beside, the scenarios that use the second marketplace (@second-marketplace-empty).

  @ORD-NEEDS-VALIDATED-SELLER @second-marketplace-empty
  Scenario: A marketplace without a KYC-validated seller cannot register orders yet
    Given the second marketplace has no seller yet
    When the second marketplace registers an order "O1" of 50.00 EUR
    Then the order is refused with the profile's "noKycValidatedSeller" error
