package fr.relanceiae.shared.preload;

/**
 * A copy in this replica's memory of what PostgreSQL holds (the directory's search index,
 * sourcing's matching snapshot), read at start by {@link Preloading} rather than by the first
 * call that needs it. Implementations are CDI beans.
 */
public interface Preloaded {

    /** The order in which they are read: the search index first (100), what follows it after. */
    int order();

    /** Reads the copy if it is not in memory yet, or else catches up with what was written since. */
    void preload();
}
