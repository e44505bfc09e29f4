package fr.relanceiae.shared.preload;

/**
 * A copy in this replica's memory of what PostgreSQL holds (the directory's search index,
 * sourcing's matching snapshot), read at start by {@link Preloading} rather than by the first
 * call that needs it, each on a thread of its own. Implementations are CDI beans.
 */
public interface Preloaded {

    /** Reads the copy if it is not in memory yet, or else catches up with what was written since. */
    void preload();
}
