package fr.relanceiae.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/** Invitation and reset links, setting a password from one, and changing one's password. */
@ApplicationScoped
@Transactional
public class PasswordService {

    static final String CURRENT_PASSWORD_FIELD = "currentPassword";

    private final AuthConfig config;
    private final AccountMails mails;

    public PasswordService(AuthConfig config, AccountMails mails) {
        this.config = config;
        this.mails = mails;
    }

    /** Sends a new invitation link; earlier unused links stop working. */
    public void invite(AppUser user) {
        String token = issue(user, PasswordToken.Purpose.INVITATION, config.invitationTtl());
        mails.sendInvitation(user, token, config.invitationTtl());
    }

    /**
     * Sends a reset link when an active account has this e-mail; says nothing
     * either way. A few links per hour per account at most, so the endpoint
     * cannot be used to flood someone's mailbox.
     */
    public void requestReset(PasswordResetRequest request) {
        AppUser.findByEmail(request.email()).filter(AppUser::canSignIn).ifPresent(user -> {
            long recent = PasswordToken.count("user = ?1 and purpose = ?2 and createdAt > ?3", user,
                    PasswordToken.Purpose.RESET, Instant.now().minus(Duration.ofHours(1)));
            if (recent < config.maxPasswordResetsPerHour()) {
                String token = issue(user, PasswordToken.Purpose.RESET, config.passwordResetTtl());
                mails.sendPasswordReset(user, token, config.passwordResetTtl());
            }
        });
    }

    /** Whether a link still works (as {@link #reset} would judge it), without using it up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PasswordTokenStatus check(PasswordTokenCheck check) {
        Instant now = Instant.now();
        return PasswordToken.<PasswordToken>find("tokenHash", SecretTokens.hash(check.token()))
                .firstResultOptional()
                .filter(found -> usable(found, now))
                .map(found -> new PasswordTokenStatus(true, found.purpose))
                .orElse(PasswordTokenStatus.INVALID);
    }

    /** Sets the password from a link; every open session of the user ends. */
    public void reset(PasswordResetConfirmation confirmation) {
        PasswordPolicy.check("password", confirmation.password());
        Instant now = Instant.now();
        PasswordToken token = PasswordToken.<PasswordToken>find("tokenHash", SecretTokens.hash(confirmation.token()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(found -> usable(found, now))
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN,
                        "Ce lien n'est plus valable. Demandez-en un nouveau."));
        AppUser user = token.user;
        user.passwordHash = Passwords.hash(confirmation.password());
        invalidateOpenLinks(user, now);
        RefreshToken.revokeAllOf(user, now);
    }

    public void change(UUID userId, PasswordChange change) {
        AppUser user = AppUser.<AppUser>findByIdOptional(userId)
                .orElseThrow(() -> ProblemException.notFound("Utilisateur introuvable."));
        if (!Passwords.matches(change.currentPassword(), user.passwordHash)) {
            throw ProblemException.invalidField(CURRENT_PASSWORD_FIELD, "Le mot de passe actuel est incorrect.");
        }
        PasswordPolicy.check("newPassword", change.newPassword());
        user.passwordHash = Passwords.hash(change.newPassword());
    }

    /** E-mail verification links are used by sign-up only, never to set a password. */
    private static boolean usable(PasswordToken token, Instant now) {
        return token.purpose != PasswordToken.Purpose.EMAIL_VERIFICATION && token.usableAt(now) && token.user.canSignIn();
    }

    private String issue(AppUser user, PasswordToken.Purpose purpose, Duration validity) {
        Instant now = Instant.now();
        if (purpose == PasswordToken.Purpose.INVITATION) {
            invalidateOpenLinks(user, now);
        }
        String value = SecretTokens.generate();
        PasswordToken token = new PasswordToken();
        token.id = UUID.randomUUID();
        token.tokenHash = SecretTokens.hash(value);
        token.user = user;
        token.purpose = purpose;
        token.createdAt = now;
        token.expiresAt = now.plus(validity);
        token.persist();
        return value;
    }

    static void invalidateOpenLinks(AppUser user, Instant now) {
        PasswordToken.update("usedAt = ?1 where user = ?2 and usedAt is null", now, user);
    }
}
