@onboarding
Feature: Malformed values are refused and never stored
  Interface §3: "A present but malformed value is a 422 naming the field: a SIRET that is not 14
  digits, an IBAN failing the ISO 13616 mod-97 check, an unknown country or currency code, an
  e-mail without @." Codes follow ISO 3166-1 alpha-2 and ISO 4217, dates ISO 8601, BICs ISO 9362
  (interface, "Amounts, dates and codes"). The value stored before stays as it was.

  Scenario Outline: A seller's <field> of "<value>" is refused and not stored
    Given a French seller with every mandatory field
    When the marketplace changes the seller's <field> to "<value>"
    Then the request is refused as unprocessable naming the field <field>
    And the seller's <field> is "<stored>"

    @FMT-IBAN-MOD97 @ERR-422-NAMES-FIELD
    Examples: IBAN mod-97
      | field                   | value                       | stored                      |
      | bankingInformation.iban | FR7630006000011234567890188 | FR7630006000011234567890189 |

    @FMT-BIC-ISO9362 @variant:bic-shape-checked
    Examples: BIC
      | field                  | value     | stored      |
      | bankingInformation.bic | AGRIFRPPX | AGRIFRPPXXX |

    @FMT-COUNTRY-ISO
    Examples: country codes
      | field               | value | stored |
      | address.countryCode | FRA   | FR     |

    @FMT-CURRENCY-ISO
    Examples: currency codes
      | field                             | value | stored |
      | legalEntityCapitalizationCurrency | EURO  | EUR    |
      | bankingInformation.currency       | XTS   | EUR    |

    @FMT-EMAIL @ERR-422-NAMES-FIELD
    Examples: e-mail
      | field | value                    | stored                    |
      | email | compliance.seller.example | compliance@seller.example |

  @FMT-BIC-ISO9362 @variant:bic-not-checked
  Scenario: A BIC the implementation does not check is stored as sent
    Given a French seller with every mandatory field
    When the marketplace changes the seller's bankingInformation.bic to "AGRIFRPPX"
    Then the seller is updated
    And the seller's bankingInformation.bic is "AGRIFRPPX"

  Scenario Outline: A contact's <field> of "<value>" is refused and not stored
    Given a French seller with every mandatory field
    And the seller has a complete contact "Camille"
    When the marketplace changes the contact "Camille"'s <field> to "<value>"
    Then the request is refused as unprocessable naming the field <field>
    And the contact "Camille"'s <field> is "<stored>"

    @FMT-DATE-ISO8601
    Examples: dates
      | field                      | value      | stored               |
      | birthDate                  | 15/06/1984 | 1984-06-15           |

    @FMT-COUNTRY-ISO
    Examples: country codes
      | field       | value | stored |
      | nationality | ZZ    | FR     |

    @FMT-EMAIL
    Examples: e-mail
      | field | value                        | stored                        |
      | email | camille.martin.seller.example | camille.martin@seller.example |
