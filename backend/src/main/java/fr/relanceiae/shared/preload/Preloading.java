package fr.relanceiae.shared.preload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the in-memory copies ({@link Preloaded}), each on a thread of its own, from the moment the
 * migrations have run (a Flyway callback), while Hibernate and the rest of the start go on on the
 * main thread: a restart on 4,000 structures spent about a third of its time building the search
 * index and the matching snapshot there, one after the other. Without migrations at start, the
 * reading starts with the startup observers.
 *
 * <p>The HTTP server may then open first: readiness ({@link PreloadedReadiness}) stays down until
 * the copies are read, and a call that comes before still answers correctly, only later (the
 * index's first check and the snapshot's first read hold the locks its reads wait for). Once the
 * startup observers are through (the demo data of a first start), each copy catches up once more
 * before readiness goes up, so a first start is ready with everything it loaded.
 */
@ApplicationScoped
public class Preloading implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(Preloading.class);

    private final Iterable<Preloaded> copies;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Void> startupObserved = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    @Inject
    public Preloading(Instance<Preloaded> copies) {
        this((Iterable<Preloaded>) copies);
    }

    /** With copies of its own (tests). */
    Preloading(Iterable<Preloaded> copies) {
        this.copies = copies;
    }

    /** Has Flyway start the reading once it has migrated (an up-to-date schema is migrated too). */
    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] callbacks = Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE;
            }

            @Override
            public void handle(Event event, Context context) {
                start();
            }
        };
        configuration.callbacks(callbacks);
    }

    /** After the other startup observers (the demo data): lets the copies catch up with what they wrote. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        start(); // when Flyway did not migrate at start
        startupObserved();
    }

    /** Starts reading the copies, once. */
    void start() {
        if (started.compareAndSet(false, true)) {
            thread(this::preloadAll);
        }
    }

    private static void thread(Runnable task) {
        Thread thread = new Thread(task, "preloading");
        thread.setDaemon(true);
        thread.start();
    }

    void startupObserved() {
        startupObserved.complete(null);
    }

    /** True once every copy has been read (or has failed to be, and will be read by its first call). */
    public boolean done() {
        return done.isDone();
    }

    /** Completes when {@link #done()}. */
    CompletableFuture<Void> whenDone() {
        return done;
    }

    private void preloadAll() {
        try {
            List<Preloaded> all = new ArrayList<>();
            copies.forEach(all::add);
            // Side by side: a copy that follows another (the snapshot follows the index) reads its own rows
            // meanwhile, and then takes in what was written since (DirectoryIndex#follow).
            CompletableFuture.allOf(all.stream()
                    .map(copy -> CompletableFuture.runAsync(() -> preload(copy), Preloading::thread))
                    .toArray(CompletableFuture[]::new)).join();
            startupObserved.join();
            all.forEach(Preloading::preload);
        } finally {
            done.complete(null);
        }
    }

    private static void preload(Preloaded copy) {
        try {
            copy.preload();
        } catch (RuntimeException e) {
            LOG.warn("An in-memory copy was not read at start; the first call that needs it will read it", e);
        }
    }
}
