package fr.relanceiae.barometer.followup;

/**
 * What the facilitators do for a need: supplies → an order for the structure, customers → an
 * invitation to the sourcing service, financing → the structure's financing diagnostic, staffing → a call.
 */
public enum FollowUpActionKind {
    ORDER_LINK, SOURCING_INVITATION, DIAGNOSTIC, CALL
}
