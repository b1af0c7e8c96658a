@onboarding
Feature: What a contact must provide before the KYC
  Seed §2.3.2 lists the contact's mandatory fields "to launch the KYC process"; interface §3 gives
  each contact its own missingData with dotted paths. Each row adds a contact complete but for
  exactly one field: that field, and only that one, is missing, and the contact is INCOMPLETE.

  @CON-OWN-STATUS @variant:contact-own-missing-data @ONB-MISSING-DATA-DOTTED-PATHS
  Scenario Outline: A contact without <field> is incomplete and says so
    Given a French seller with every mandatory field
    When the marketplace adds a contact "Camille" with every mandatory field except its <field>
    Then the contact is created with its contactId
    And the contact "Camille"'s missing data lists only <missing>
    And the contact "Camille"'s data is INCOMPLETE

    @CON-FIRST-NAME
    Examples: first name
      | field     | missing   |
      | firstName | firstName |

    @CON-LAST-NAME
    Examples: last name
      | field    | missing  |
      | lastName | lastName |

    @CON-EMAIL
    Examples: e-mail
      | field | missing |
      | email | email   |

    @CON-PHONE
    Examples: phone
      | field       | missing     |
      | phoneNumber | phoneNumber |

    @CON-INVOLVEMENT
    Examples: involvement
      | field                     | missing                                              |
      | involvement.startDateTime | involvement.startDateTime                            |
      | involvement.type          | involvement.type                                     |

    @CON-OCCUPATION-TYPE
    Examples: occupation
      | field          | missing        |
      | occupationType | occupationType |

    @CON-PERSONAL-ASSETS
    Examples: personal assets
      | field          | missing        |
      | personalAssets | personalAssets |

    @CON-ADDRESS
    Examples: address
      | field               | missing                                                                                                  |
      | address             | address, address.streetNumber, address.streetName, address.zipCode, address.cityName, address.countryCode |

    @CON-EFFECTIVE-BENEFICIARY
    Examples: ownership
      | field                | missing              |
      | effectiveBeneficiary | effectiveBeneficiary |

    @CON-COMMON-TITLE
    Examples: title
      | field       | missing     |
      | commonTitle | commonTitle |

    @CON-BIRTH-DATE
    Examples: birth date
      | field     | missing   |
      | birthDate | birthDate |

    @CON-BIRTH-CITY
    Examples: birth city
      | field         | missing       |
      | birthCityName | birthCityName |

    @CON-BIRTH-COUNTRY
    Examples: birth country
      | field            | missing          |
      | birthCountryCode | birthCountryCode |

    @CON-NATIONALITY
    Examples: nationality
      | field       | missing     |
      | nationality | nationality |

    @CON-INCOME-RANGE
    Examples: income
      | field       | missing     |
      | incomeRange | incomeRange |

    @CON-TAX-RESIDENCE-COUNTRY
    Examples: tax residence
      | field                   | missing                 |
      | taxResidenceCountryCode | taxResidenceCountryCode |

    @CON-TAX-PAYER-ID
    Examples: tax payer id
      | field                  | missing                |
      | taxResidenceTaxPayerId | taxResidenceTaxPayerId |
