package fr.relanceiae.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One refresh token of a session; only its hash is stored. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    public AppUser user;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static long revokeFamily(UUID familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public static long revokeAllOf(AppUser user, Instant now) {
        return update("revokedAt = ?1 where user = ?2 and revokedAt is null", now, user);
    }

    public static long revokeAllInOrganisation(Organisation organisation, Instant now) {
        return update("revokedAt = ?1 where revokedAt is null and user.id in "
                + "(select u.id from AppUser u where u.organisation = ?2)", now, organisation);
    }
}
