package fr.relanceiae.demo;

/**
 * One capability's part of the demo data. Implementations are CDI beans; the
 * {@link DemoDataLoader} runs them in ascending {@link #order()} in one
 * transaction, under a PostgreSQL advisory lock, at every start with demo data
 * on: each must be idempotent (look its records up by a natural key first).
 */
public interface DemoDataContributor {

    /** Accounts come first (100); later capabilities use higher numbers. */
    int order();

    void contribute();
}
