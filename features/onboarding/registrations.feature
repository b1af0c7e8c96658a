@onboarding
Feature: Registration codes by country
  Seed §2.3.1, externalRegistrations: "The code VAT is always required. The code TIN is required
  when the address.countryCode is not FR. The code SIRET is required when the address.countryCode
  is FR. SIREN is not accepted. The code REGISTRATION_NUM is required when the address.countryCode
  is other than the FR." Missing registrations are named externalRegistrations.<code> (interface §3).

  @REG-VAT-ALWAYS @REG-SIRET-FR @REG-TIN-NON-FR @REG-REGISTRATION-NUM-NON-FR @REG-FR-NEEDS-NO-TIN @REG-MISSING-DATA-PATHS
  Scenario Outline: A <country> seller without registrations is asked for exactly <missing>
    Given a <country> seller with every mandatory field except its externalRegistrations
    Then the seller's missing data lists only <missing>
    And the seller's data is INCOMPLETE

    Examples:
      | country | missing                                                                                  |
      | French  | externalRegistrations.VAT, externalRegistrations.SIRET                                   |
      | German  | externalRegistrations.VAT, externalRegistrations.TIN, externalRegistrations.REGISTRATION_NUM |

  @REG-FR-NEEDS-NO-TIN
  Scenario Outline: A complete <country> seller is not asked for another country's codes
    Given a <country> seller with every mandatory field
    Then the seller's missing data does not list <not asked>
    And the seller's data is COMPLETE

    Examples:
      | country | not asked                                                          |
      | French  | externalRegistrations.TIN, externalRegistrations.REGISTRATION_NUM |
      | Italian | externalRegistrations.SIRET                                        |

  Scenario Outline: A SIRET that is not 14 digits is refused, and the seller still needs one
    Given a French seller with every mandatory field except its SIRET
    When the marketplace saves the seller with a SIRET registration "<value>"
    Then the request is refused as unprocessable naming the field externalRegistrations
    And the seller's missing data lists externalRegistrations.SIRET

    @REG-SIREN-REFUSED
    Examples: a SIREN is not a SIRET
      | value     |
      | 812345676 |

    @REG-SIRET-14-DIGITS
    Examples: other lengths and characters
      | value           |
      | 8123456760001   |
      | 8123456760001A  |

  @REG-CODES-LIST
  Scenario: A registration code outside the four known ones is refused
    Given a French seller with every mandatory field
    When the marketplace saves the seller with:
      """json
      { "externalRegistrations": [ { "code": "SIREN", "value": "812345676", "date": "2019-03-04" } ] }
      """
    Then the request is refused as unprocessable naming the field externalRegistrations

  Scenario Outline: A registration without its <part> does not count
    Given a French seller with every mandatory field except its VAT
    When the marketplace saves the seller with a VAT registration without its <part>
    Then the seller's missing data lists externalRegistrations.VAT
    And the seller's data is INCOMPLETE

    @REG-VALUE-REQUIRED
    Examples: the value, which the seed lists with each code
      | part  |
      | value |

    @REG-DATE-REQUIRED @variant:registration-date-required
    Examples: the date, when the implementation requires it
      | part  |
      | date  |

  @REG-DATE-REQUIRED @variant:registration-date-optional
  Scenario: A registration with its value and no date satisfies its code
    Given a French seller with every mandatory field except its VAT
    When the marketplace saves the seller with a VAT registration without its date
    Then the seller's missing data does not list externalRegistrations.VAT

  @REG-MISSING-DATA-PATHS
  Scenario: Moving the seller's headquarters abroad changes the registrations it needs
    Given a French seller with every mandatory field
    When the marketplace saves the seller with:
      """json
      { "address": { "countryCode": "DE", "cityName": "Berlin", "zipCode": "10119", "streetName": "Torstraße", "streetNumber": "7" } }
      """
    Then the seller's missing data lists only externalRegistrations.TIN, externalRegistrations.REGISTRATION_NUM
