package fr.relanceiae.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A single-use link to set a password (invitation or reset); only its hash is stored. */
@Entity
@Table(name = "password_token")
public class PasswordToken extends PanacheEntityBase {

    @Schema(name = "PasswordTokenPurpose", description = "INVITATION: a first password; RESET: a forgotten one; "
            + "EMAIL_VERIFICATION: the e-mail of an account created by sign-up (never answered by checkPasswordToken)")
    public enum Purpose {
        INVITATION, RESET, EMAIL_VERIFICATION
    }

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    public AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
