package fr.relanceiae.shared.preload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The in-memory copies are read side by side, each on a thread of its own, and readiness waits for them. */
class PreloadingTest {

    /** A copy that records its reads, the first of which waits for {@link #release}. */
    private static final class Copy implements Preloaded {
        private final String name;
        private final List<String> reads;
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch reading = new CountDownLatch(1);
        final CountDownLatch read = new CountDownLatch(1);

        Copy(String name, List<String> reads) {
            this.name = name;
            this.reads = reads;
        }

        @Override
        public void preload() {
            reading.countDown();
            try {
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reads.add(name);
            read.countDown();
        }
    }

    @Test
    void readiness_is_down_while_the_copies_are_read_and_up_once_they_caught_up_after_the_startup_observers()
            throws Exception {
        List<String> reads = new CopyOnWriteArrayList<>();
        Copy index = new Copy("index", reads);
        Copy snapshot = new Copy("snapshot", reads);
        Preloading preloading = new Preloading(List.of(index, snapshot));
        PreloadedReadiness readiness = new PreloadedReadiness(preloading);

        preloading.start();
        preloading.start(); // the Flyway callback and the startup observer: read once
        // Both are being read at once: neither waits for the other to be through.
        assertThat(index.reading.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(snapshot.reading.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(readiness.call().getName()).isEqualTo(PreloadedReadiness.NAME);

        snapshot.release.countDown();
        assertThat(snapshot.read.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(readiness.call().getStatus()).as("the index is still being read").isEqualTo(HealthCheckResponse.Status.DOWN);
        index.release.countDown();
        // Both read, but the startup observers (the demo data) are not through: still down.
        assertThat(index.read.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);

        preloading.startupObserved();
        preloading.whenDone().get(30, TimeUnit.SECONDS);

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        // Each read, then each once more to catch up with what the startup observers wrote.
        assertThat(reads).containsExactly("snapshot", "index", "index", "snapshot");
    }

    @Test
    void a_copy_that_fails_does_not_keep_the_others_from_being_read_nor_readiness_down() throws Exception {
        List<String> reads = new CopyOnWriteArrayList<>();
        Preloaded failing = () -> {
            throw new IllegalStateException("database unreachable");
        };
        Copy snapshot = new Copy("snapshot", reads);
        snapshot.release.countDown();
        Preloading preloading = new Preloading(List.of(failing, snapshot));

        preloading.start();
        preloading.startupObserved();
        preloading.whenDone().get(30, TimeUnit.SECONDS);

        // Its first call reads it (the index: the first search builds it), as before the preloading.
        assertThat(preloading.done()).isTrue();
        assertThat(reads).containsExactly("snapshot", "snapshot");
    }
}
