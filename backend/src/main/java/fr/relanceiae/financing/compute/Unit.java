package fr.relanceiae.financing.compute;

/** How a number is written in the reasons shown to users. */
enum Unit {
    /** Euros: « 22 500 € », « 1 234,50 € ». */
    EURO,
    /** Percent: « 35 % ». */
    PERCENT,
    /** Months: « 2,4 mois ». */
    MONTHS,
    /** A plain count: « 12,5 ». */
    NONE
}
