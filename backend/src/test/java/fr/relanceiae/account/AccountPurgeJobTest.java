package fr.relanceiae.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import fr.relanceiae.testing.TestAccounts;
import fr.relanceiae.testing.TestAccounts.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AccountPurgeJobTest {

    @Inject
    AccountPurgeJob job;

    @Test
    void the_purge_deletes_old_attempts_and_dead_tokens_and_keeps_live_ones() {
        TestUser user = TestAccounts.user(Role.buyer);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant longAgo = now.minus(Duration.ofDays(3));
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser owner = AppUser.findById(user.id());
            attempt(user.email(), longAgo);
            attempt(user.email(), now);
            refreshToken(owner, longAgo, null);
            refreshToken(owner, now.plus(Duration.ofDays(1)), now.minus(Duration.ofDays(2)));
            passwordToken(owner, longAgo, null);
            passwordToken(owner, now.plus(Duration.ofHours(1)), null);
        });

        job.purge();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(LoginAttempt.<LoginAttempt>list("email", user.email()))
                    .extracting(attempt -> attempt.attemptedAt).containsExactly(now);
            assertThat(RefreshToken.count("user.id", user.id()))
                    .as("a rotated token stays until it expires, for reuse detection").isEqualTo(1);
            assertThat(PasswordToken.count("user.id", user.id())).isEqualTo(1);
        });
    }

    private static void attempt(String email, Instant at) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.email = email;
        attempt.succeeded = false;
        attempt.attemptedAt = at;
        attempt.persist();
    }

    private static void refreshToken(AppUser user, Instant expiresAt, Instant revokedAt) {
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.tokenHash = SecretTokens.hash(SecretTokens.generate());
        token.user = user;
        token.familyId = UUID.randomUUID();
        token.createdAt = expiresAt.minus(Duration.ofDays(14));
        token.expiresAt = expiresAt;
        token.revokedAt = revokedAt;
        token.persist();
    }

    private static void passwordToken(AppUser user, Instant expiresAt, Instant usedAt) {
        PasswordToken token = new PasswordToken();
        token.id = UUID.randomUUID();
        token.tokenHash = SecretTokens.hash(SecretTokens.generate());
        token.user = user;
        token.purpose = PasswordToken.Purpose.RESET;
        token.createdAt = expiresAt.minus(Duration.ofHours(1));
        token.expiresAt = expiresAt;
        token.usedAt = usedAt;
        token.persist();
    }
}
