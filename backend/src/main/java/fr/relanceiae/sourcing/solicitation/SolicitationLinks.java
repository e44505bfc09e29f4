package fr.relanceiae.sourcing.solicitation;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.account.SecretTokens;

/**
 * The personal links of solicitations: one per e-mail sent, each a random token of 256
 * bits ({@link SecretTokens}), of which only the SHA-256 is kept ({@code solicitation_link},
 * V24). All the links of a solicitation work until its {@code link_expires_at}, and stop with
 * it when it is deleted or removed.
 */
@ApplicationScoped
public class SolicitationLinks {

    private final EntityManager entityManager;

    public SolicitationLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A new link to this solicitation; returns the token, to be sent and never stored. */
    public String create(UUID solicitationId, Instant now) {
        String token = SecretTokens.generate();
        store(solicitationId, token, now);
        return token;
    }

    /** Stores a token chosen by the caller (the demo's published link). */
    void store(UUID solicitationId, String token, Instant now) {
        entityManager.createNativeQuery("insert into solicitation_link (token_hash, solicitation_id, created_at) "
                + "values (:hash, :solicitation, :now) on conflict (token_hash) do nothing")
                .setParameter("hash", hash(token)).setParameter("solicitation", solicitationId)
                .setParameter("now", now).executeUpdate();
    }

    /** The solicitation a token opens: known, not expired, not removed. */
    public Optional<UUID> find(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > SolicitationLinkResource.MAX_TOKEN) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = entityManager.createNativeQuery("select s.id from solicitation_link l "
                + "join solicitation s on s.id = l.solicitation_id "
                + "where l.token_hash = :hash and s.link_expires_at > :now and s.removed_at is null", UUID.class)
                .setParameter("hash", hash(token)).setParameter("now", now).getResultList();
        return found.stream().findFirst();
    }

    static byte[] hash(String token) {
        return HexFormat.of().parseHex(SecretTokens.hash(token));
    }
}
