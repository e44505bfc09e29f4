package fr.relanceiae.shared.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the e-mail outbox ({@code relance.outbox.*}). */
@ConfigMapping(prefix = "relance.outbox")
public interface OutboxConfig {

    /**
     * How often each replica sends the due mails ({@code @Scheduled} syntax, {@code off} to
     * disable: tests call {@link OutboxWorker#sendDue()}); read by the scheduler through the property.
     */
    @WithDefault("30s")
    String sendEvery();

    /** Mails claimed (and locked) together by one replica. */
    @WithDefault("10")
    int batchSize();

    /** Sending attempts of one mail before it is marked FAILED. */
    @WithDefault("6")
    int maxAttempts();

    /** How long sent and failed mails are kept (their dedup keys with them). */
    @WithDefault("P30D")
    Duration retention();
}
