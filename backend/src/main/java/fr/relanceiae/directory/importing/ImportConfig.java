package fr.relanceiae.directory.importing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the CSV import queue ({@code relance.import.*}). */
@ConfigMapping(prefix = "relance.import")
public interface ImportConfig {

    /** Jobs that may wait QUEUED (all replicas together); one more upload answers 429. */
    @WithDefault("5")
    int maxQueued();

    /** The Retry-After of that 429. */
    @WithDefault("PT1M")
    Duration retryAfter();

    /** Whether this replica runs import jobs (one at a time); off, it only accepts and reports them. */
    @WithDefault("true")
    boolean worker();

    /** How often an idle worker looks for jobs that other replicas accepted. */
    @WithDefault("PT2S")
    Duration pollInterval();

    /**
     * How often each replica marks FAILED the RUNNING jobs of a replica that stopped
     * ({@code @Scheduled} syntax, {@code off} to disable); read by the scheduler through the property.
     */
    @WithDefault("30s")
    String staleCheckEvery();
}
