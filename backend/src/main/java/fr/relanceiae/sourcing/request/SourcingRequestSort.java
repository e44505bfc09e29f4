package fr.relanceiae.sourcing.request;

/**
 * Orders of the list of sourcing requests; lower case, as they appear in the query string.
 * Ties are broken by creation, then id, so that pages never overlap.
 */
public enum SourcingRequestSort {
    /** Created most recently first (the default). */
    newest("createdAt desc, id"),
    /** Waiting longest first: by submission date, the creation date for a request never submitted. */
    oldest("coalesce(submittedAt, createdAt), createdAt, id"),
    /** Nearest response deadline first; requests without one last. */
    deadline("responseDeadline nulls last, createdAt, id");

    private final String orderBy;

    SourcingRequestSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The HQL {@code order by} list of {@link SourcingRequest}'s fields. */
    String orderBy() {
        return orderBy;
    }
}
