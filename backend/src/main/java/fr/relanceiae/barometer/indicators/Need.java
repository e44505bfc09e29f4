package fr.relanceiae.barometer.indicators;

/**
 * A need a structure declares in its weekly survey (JSON codes of {@code needs}). Each routes
 * to a follow-up: supplies to an order, customers to the sourcing service, financing to a
 * financing diagnostic, staffing to the facilitators. Free text goes to {@code needsText}.
 */
public enum Need {
    SUPPLIES, CUSTOMERS, FINANCING, STAFFING
}
