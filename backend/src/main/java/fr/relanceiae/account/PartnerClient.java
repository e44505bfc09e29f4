package fr.relanceiae.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.relanceiae.shared.persistence.VersionedEntity;

/** A partner administration's system, authenticating with OAuth 2.0 client credentials. */
@Entity
@Table(name = "partner_client")
public class PartnerClient extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    public Organisation organisation;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    /** Space-separated, as in OAuth 2.0. */
    @Column(nullable = false)
    public String scopes = "";

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** Its own limit of requests per minute; null: the configured default (PartnerRateLimitFilter). */
    @Column(name = "requests_per_minute")
    public Integer requestsPerMinute;

    public static Optional<PartnerClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    /**
     * Notes that the client got a token, at most once a minute and without
     * touching its version: parallel token requests of one client must not
     * conflict with each other, nor with an admin's edit (If-Match).
     */
    public static void recordUse(UUID id, Instant now) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)",
                now, id, now.minusSeconds(60));
    }

    public List<String> scopeList() {
        return scopes.isBlank() ? List.of() : Arrays.asList(scopes.trim().split(" +"));
    }

    public void setScopes(Collection<String> values) {
        scopes = String.join(" ", new LinkedHashSet<>(values));
    }

    public boolean canAuthenticate() {
        return active && organisation.active;
    }
}
