package fr.relanceiae.account;

import java.time.Instant;
import java.util.Optional;
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

import fr.relanceiae.shared.persistence.VersionedEntity;

/** A person who logs in to the web app; belongs to exactly one organisation. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    @Id
    public UUID id;

    /** Always stored normalised ({@link Emails#normalise}). */
    @Column(nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    public Organisation organisation;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "password_hash")
    public String passwordHash;

    /** False for an account created by sign-up until its e-mail link is followed (it stays inactive until then). */
    @Column(name = "email_verified", nullable = false)
    public boolean emailVerified = true;

    /** The versions of the terms of use and privacy notice accepted at sign-up, and when (null otherwise). */
    @Column(name = "terms_version")
    public String termsVersion;

    @Column(name = "privacy_version")
    public String privacyVersion;

    @Column(name = "terms_accepted_at")
    public Instant termsAcceptedAt;

    public static Optional<AppUser> findByEmail(String email) {
        return find("lower(email) = ?1", Emails.normalise(email)).firstResultOptional();
    }

    public static boolean emailTaken(String email, UUID exceptId) {
        return count("lower(email) = ?1 and id <> ?2", Emails.normalise(email),
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    /** Whether this user may hold a session: active, in an active organisation. */
    public boolean canSignIn() {
        return active && organisation.active;
    }
}
