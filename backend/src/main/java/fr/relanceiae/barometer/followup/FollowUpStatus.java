package fr.relanceiae.barometer.followup;

/** Where the follow-up of a declared need stands; a DONE one lets the same need open a new one. */
public enum FollowUpStatus {
    OPEN, IN_PROGRESS, DONE
}
