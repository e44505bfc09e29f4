package fr.relanceiae.directory;

/** How far an activity of a structure reaches. */
public enum GeoRange {
    /** Anywhere in the country. */
    COUNTRY,
    /** The departments listed on the activity. */
    DEPARTMENTS,
    /** A radius in km around the structure's address. */
    RADIUS
}
