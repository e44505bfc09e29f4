package fr.relanceiae.directory.claims;

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

import fr.relanceiae.account.AppUser;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.persistence.VersionedEntity;

/** A person's request to act for a structure (V32); the link of a CONTACT_EMAIL claim is kept as its SHA-256. */
@Entity
@Table(name = "structure_claim")
public class StructureClaim extends VersionedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    public AppUser user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id", nullable = false)
    public Structure structure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status = ClaimStatus.PENDING;

    /** Whether the person proposed the structure (created inactive for this claim). */
    @Column(nullable = false)
    public boolean proposed;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "token_expires_at")
    public Instant tokenExpiresAt;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public UUID decidedBy;

    public boolean pending() {
        return status == ClaimStatus.PENDING;
    }
}
