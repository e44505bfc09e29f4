package fr.relanceiae.barometer.survey;

/** How an answer was entered: by the structure's users, by a facilitator for it (a phone survey), through the e-mail's link. */
public enum EnteredVia {
    STRUCTURE, FACILITATOR, LINK
}
