package fr.relanceiae.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/** Login, refresh-token rotation and logout. */
@ApplicationScoped
@Transactional
public class SessionService {

    /** Said at login, with the right password only, to an account whose sign-up e-mail link was not followed yet. */
    public static final String EMAIL_NOT_VERIFIED = "Confirmez d'abord votre adresse e-mail : suivez le lien reçu à "
            + "l'inscription, ou demandez-en un nouveau.";

    private final AuthConfig config;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;

    public SessionService(AuthConfig config, TokenIssuer tokens, LoginThrottle throttle) {
        this.config = config;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /**
     * Unknown e-mail, wrong password, no password yet, inactive user or
     * organisation: one answer, in about the same time (bcrypt runs every time).
     */
    // The failed attempt must be committed although the method answers with an exception.
    @Transactional(dontRollbackOn = ProblemException.class)
    public Session login(LoginRequest request) {
        String email = Emails.normalise(request.email());
        Instant now = Instant.now();
        throttle.lock(email);
        throttle.refuseWhenThrottled(email, now);
        Optional<AppUser> user = AppUser.findByEmail(email);
        boolean passwordMatches = Passwords.matches(request.password(), user.map(u -> u.passwordHash).orElse(null));
        boolean succeeded = passwordMatches && user.get().canSignIn();
        throttle.record(email, succeeded, now);
        if (passwordMatches && !user.get().emailVerified) {
            // Only someone who knows the password learns this: no account enumeration.
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, EMAIL_NOT_VERIFIED);
        }
        if (!succeeded) {
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, "E-mail ou mot de passe incorrect.");
        }
        return open(user.get(), UUID.randomUUID(), now);
    }

    /**
     * Rotates the refresh token. A token already rotated or revoked means it
     * leaked (or two tabs raced): the whole family is revoked and the user
     * must log in again.
     */
    // Revoking the family must be committed although the method answers 401.
    @Transactional(dontRollbackOn = ProblemException.class)
    public Session refresh(String refreshToken) {
        Instant now = Instant.now();
        RefreshToken current = findForUpdate(refreshToken).orElseThrow(SessionService::sessionEnded);
        boolean reused = current.revokedAt != null;
        if (reused || !now.isBefore(current.expiresAt) || !current.user.canSignIn()) {
            RefreshToken.revokeFamily(current.familyId, now);
            throw sessionEnded();
        }
        current.revokedAt = now;
        return open(current.user, current.familyId, now);
    }

    /** Revokes the session of the refresh token, if it is one; idempotent. */
    public void logout(String refreshToken) {
        findForUpdate(refreshToken).ifPresent(token -> RefreshToken.revokeFamily(token.familyId, Instant.now()));
    }

    private Session open(AppUser user, UUID familyId, Instant now) {
        String refreshToken = SecretTokens.generate();
        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.tokenHash = SecretTokens.hash(refreshToken);
        stored.user = user;
        stored.familyId = familyId;
        stored.createdAt = now;
        stored.expiresAt = now.plus(config.refreshTokenTtl());
        stored.persist();
        SessionResponse response = new SessionResponse(tokens.forUser(user), "Bearer", (int) tokens.ttlSeconds(),
                CurrentUser.of(user));
        return new Session(response, refreshToken, config.refreshTokenTtl());
    }

    private static Optional<RefreshToken> findForUpdate(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            return Optional.empty();
        }
        return RefreshToken.find("tokenHash", SecretTokens.hash(refreshToken))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    private static ProblemException sessionEnded() {
        return new ProblemException(ProblemType.UNAUTHORIZED, "La session a expiré : reconnectez-vous.");
    }
}
