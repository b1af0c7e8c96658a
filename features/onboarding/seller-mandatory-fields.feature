@onboarding
Feature: What a seller must provide before its KYC
  Seed §2.3.1 lists the seller's mandatory fields "to launch the KYC process", and seed §2.4 shows
  missingData listing what is still absent, with dotted paths for sub-fields
  ("businessActivity.typeCode", "bankingInformation.iban"). Each row leaves out exactly one field
  of an otherwise complete French company: that field, and only that one, is missing.

  @ONB-MISSING-DATA-LIST @ONB-MISSING-DATA-DOTTED-PATHS @STA-DATA-COMPLETE
  Scenario Outline: A seller without <field> is incomplete and says so
    Given a French seller with every mandatory field except its <field>
    Then the seller's missing data lists only <missing>
    And the seller's data is INCOMPLETE

    @ONB-SELLER-LEGAL-NAME
    Examples: legal name
      | field           | missing         |
      | legalEntityName | legalEntityName |

    @ONB-SELLER-ADDRESS
    Examples: headquarters address
      | field               | missing                                                                                                  |
      | address.zipCode     | address.zipCode                                                                                          |
      | address.streetName  | address.streetName                                                                                       |
      | address.cityName    | address.cityName                                                                                         |
      | address.countryCode | address.countryCode                                                                                      |

    @ONB-SELLER-EMAIL
    Examples: e-mail
      | field | missing |
      | email | email   |

    @ONB-SELLER-PHONE
    Examples: phone
      | field       | missing     |
      | phoneNumber | phoneNumber |

    @ONB-SELLER-LEGAL-FORM
    Examples: legal form
      | field            | missing          |
      | legalFormAcronym | legalFormAcronym |

    @ONB-SELLER-CAPITAL-AMOUNT
    Examples: share capital amount
      | field                           | missing                         |
      | legalEntityCapitalizationAmount | legalEntityCapitalizationAmount |

    @ONB-SELLER-CAPITAL-CURRENCY
    Examples: share capital currency
      | field                             | missing                           |
      | legalEntityCapitalizationCurrency | legalEntityCapitalizationCurrency |

    @ONB-SELLER-BUSINESS-ACTIVITY
    Examples: business activity
      | field                     | missing                                                      |
      | businessActivity.typeCode | businessActivity.typeCode                                    |
      | businessActivity.code     | businessActivity.code                                        |

    @ONB-SELLER-EMPLOYEE-RANGE
    Examples: employees
      | field                      | missing                    |
      | legalNumberOfEmployeeRange | legalNumberOfEmployeeRange |

    @ONB-SELLER-NET-INCOME-RANGE
    Examples: net income
      | field               | missing             |
      | legalNetIncomeRange | legalNetIncomeRange |

    @ONB-SELLER-ANNUAL-TURNOVER
    Examples: annual turnover
      | field               | missing             |
      | legalAnnualTurnover | legalAnnualTurnover |

    @ONB-SELLER-BANKING-INFO
    Examples: payout bank account
      | field                          | missing                                                                                                                        |
      | bankingInformation.iban        | bankingInformation.iban                                                                                                        |
      | bankingInformation             | bankingInformation, bankingInformation.accountName, bankingInformation.iban, bankingInformation.bic, bankingInformation.currency |

  @ONB-MISSING-DATA-LIST @STA-DATA-COMPLETE @ONB-SELLER-EMAIL
  Scenario: Providing the missing field removes it from missingData
    Given a French seller with every mandatory field except its email
    When the marketplace saves the seller with:
      """json
      { "email": "compliance@seller.example" }
      """
    Then the seller's missing data is empty
    And the seller's data is COMPLETE
