package fr.relanceiae.demo;

/**
 * One capability's part of the demo data. Implementations are CDI beans; the
 * {@link DemoDataLoader} runs them in ascending {@link #order()} in one
 * transaction, under a PostgreSQL advisory lock, at the first start with demo
 * data on and again whenever the set of contributors (their orders) or the
 * loader's version changes: each must be idempotent (look its records up by a
 * natural key first), and each needs its own order.
 */
public interface DemoDataContributor {

    /** Accounts come first (100); later capabilities use higher numbers. */
    int order();

    void contribute();
}
