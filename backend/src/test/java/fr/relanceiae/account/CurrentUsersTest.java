package fr.relanceiae.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CurrentUsersTest {

    private final CurrentUsers currentUsers = new CurrentUsers();
    private final AtomicInteger loads = new AtomicInteger();

    private CurrentUser load(UUID id) {
        loads.incrementAndGet();
        return new CurrentUser(id, "claire@example.org", "Claire " + loads.get(), Role.buyer,
                new OrganisationRef(UUID.randomUUID(), "Ville", OrganisationKind.PUBLIC_BUYER));
    }

    @Test
    void a_second_call_within_the_ttl_reads_nothing() {
        UUID id = UUID.randomUUID();

        CurrentUser first = currentUsers.get(id, this::load);
        CurrentUser second = currentUsers.get(id, this::load);

        assertThat(second).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    void a_forgotten_user_is_read_again() {
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        currentUsers.get(id, this::load);
        currentUsers.get(other, this::load);

        currentUsers.forget(id);

        assertThat(currentUsers.get(id, this::load).displayName()).isEqualTo("Claire 3");
        assertThat(currentUsers.get(other, this::load).displayName()).isEqualTo("Claire 2");
        currentUsers.forgetAll();
        assertThat(currentUsers.get(other, this::load).displayName()).isEqualTo("Claire 4");
    }
}
