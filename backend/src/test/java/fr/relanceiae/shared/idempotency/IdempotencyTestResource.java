package fr.relanceiae.shared.idempotency;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;

/**
 * A test-only creating endpoint made idempotent, hidden from the contract: each action writes
 * one row of {@code idempotency_test_widget} (made by {@link IdempotentRequestsTest}), and can
 * be held on a latch, slowed down or made to fail.
 */
@Path("/api/v1/test-only/idempotent-widgets")
public class IdempotencyTestResource {

    static final String OPERATION = "POST /test-only/idempotent-widgets";

    public record WidgetInput(String name, Integer delayMillis, Boolean waitForRelease) {
    }

    public record Widget(UUID id, String name, int number) {
    }

    /** Counted down by an action that waits for {@link #release}. */
    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(0);
    /** How many of the next actions throw, after writing their row. */
    static final AtomicInteger FAILURES_TO_COME = new AtomicInteger();

    private final IdempotentRequests idempotent;
    private final EntityManager entityManager;

    public IdempotencyTestResource(IdempotentRequests idempotent, EntityManager entityManager) {
        this.idempotent = idempotent;
        this.entityManager = entityManager;
    }

    @POST
    @RolesAllowed({ Roles.BUYER, Roles.SIAE })
    @Operation(hidden = true)
    public RestResponse<Widget> create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            WidgetInput input) {
        return idempotent.run(idempotencyKey, OPERATION, input, () -> {
            UUID id = UUID.randomUUID();
            entityManager.createNativeQuery("insert into idempotency_test_widget (id, name) values (:id, :name)")
                    .setParameter("id", id).setParameter("name", input.name()).executeUpdate();
            if (Boolean.TRUE.equals(input.waitForRelease())) {
                entered.countDown();
                await(release);
            }
            if (input.delayMillis() != null) {
                sleep(input.delayMillis());
            }
            if (FAILURES_TO_COME.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new IllegalStateException("planned failure");
            }
            Number number = (Number) entityManager.createNativeQuery(
                    "select count(*) from idempotency_test_widget").getSingleResult();
            return ETags.created(URI.create("/api/v1/test-only/idempotent-widgets/" + id),
                    new Widget(id, input.name(), number.intValue()), 1);
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
