package fr.relanceiae.shared.persistence;

import org.hibernate.exception.ConstraintViolationException;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.web.ETags;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The look-up before an insert answers the usual duplicate; this catches the
 * one two concurrent requests can still race into, which the database's
 * unique index refuses, so that it is a 409 as well and not a 500 (and, as
 * any write's flush, a concurrent update of the same version a 412).
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    public static final String USER_EMAIL = "app_user_email_key";
    public static final String CLIENT_ID = "partner_client_client_id_key";
    public static final String ORGANISATION_NAME = "organisation_name_key";
    public static final String PRODUCT_SKU = "product_sku_key";

    public static void flushOrConflict(String uniqueIndex, String detail) {
        flushOrConflict(uniqueIndex, ProblemException.conflict(detail));
    }

    /** As above, the 409 naming the field whose value is taken (so that a form can show it there). */
    public static void flushOrConflict(String uniqueIndex, String field, String detail) {
        flushOrConflict(uniqueIndex, ProblemException.conflictOnField(field, detail));
    }

    private static void flushOrConflict(String uniqueIndex, ProblemException conflict) {
        try {
            ETags.flush(Panache.getEntityManager());
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains(uniqueIndex)) {
                throw conflict;
            }
            throw e;
        }
    }
}
