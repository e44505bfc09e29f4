package fr.relanceiae.account;

import fr.relanceiae.shared.security.Roles;

/**
 * A user's role. The constants are lower case on purpose: their names are the
 * JWT groups ({@link Roles}), the values stored in {@code app_user.role} and the
 * strings of the API, with no mapping in between.
 */
public enum Role {
    buyer, siae, facilitator, partner, admin;

    /** The JWT group of this role. */
    public String group() {
        return name();
    }
}
