package fr.relanceiae.account.signup;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Emails;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.PasswordPolicy;
import fr.relanceiae.account.PasswordToken;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.Role;
import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.directory.Siret;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/**
 * Buyer sign-up, the e-mail verification of every signed-up account, and the pieces the structure
 * sign-up shares ({@code directory.claims}): the checks of what was sent, the answer to an address
 * already known, the inactive account and its verification link.
 *
 * <p>Enumeration: once the input is valid the answer is always {@link #ACCEPTED}, for a new address,
 * a known one (its holder gets a mail saying so, or a new verification link if they never used theirs)
 * and a robot that filled the honeypot field (nothing is created nor sent).
 */
@ApplicationScoped
@Transactional
public class SignUpService {

    public static final SignUpAccepted ACCEPTED = new SignUpAccepted("Un e-mail vient d'être envoyé à cette adresse : "
            + "suivez son lien pour continuer (pensez à regarder dans les courriers indésirables).");
    static final SignUpAccepted RESENT = new SignUpAccepted("Si un compte attend la confirmation de cette adresse, un "
            + "nouveau lien vient d'y être envoyé : suivez-le pour activer votre compte.");
    static final String INVALID_LINK = "Ce lien n'est plus valable : il a déjà servi ou a expiré. Demandez-en un nouveau.";
    static final String TERMS_REQUIRED = "Acceptez les conditions d'utilisation et la politique de confidentialité pour "
            + "créer votre compte.";

    private final SignUpConfig config;
    private final LegalConfig legal;
    private final SignUpMails mails;

    public SignUpService(SignUpConfig config, LegalConfig legal, SignUpMails mails) {
        this.config = config;
        this.legal = legal;
        this.mails = mails;
    }

    public SignUpAccepted signUpBuyer(BuyerSignUp request) {
        if (isRobot(request.website())) {
            return ACCEPTED;
        }
        refuseInvalid(request.password(), request.acceptTerms());
        String siret = checkedSiret(request.organisation().siret(), "organisation.siret");
        lockAddress(request.email());
        if (answeredKnownAddress(request.email())) {
            return ACCEPTED;
        }
        Organisation organisation = Organisation.create(request.organisation().name().strip(),
                request.organisation().kind().organisationKind(), true);
        organisation.verified = false;
        organisation.siret = siret;
        organisation.persist();
        AppUser user = newAccount(request.email(), request.displayName(), request.password(), Role.buyer, organisation);
        sendVerification(user, null);
        return ACCEPTED;
    }

    public EmailVerified verify(EmailVerification request) {
        Instant now = Instant.now();
        PasswordToken token = PasswordToken.<PasswordToken>find("tokenHash", SecretTokens.hash(request.token()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(found -> found.purpose == PasswordToken.Purpose.EMAIL_VERIFICATION && found.usableAt(now))
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN, INVALID_LINK));
        AppUser user = token.user;
        markVerified(user, now);
        boolean claimPending = ((Number) AppUser.getEntityManager()
                .createNativeQuery("select count(*) from structure_claim where user_id = :user and status = 'PENDING'")
                .setParameter("user", user.id).getSingleResult()).longValue() > 0;
        return new EmailVerified(user.email, claimPending ? SignUpNextStep.LOG_IN_CLAIM_PENDING : SignUpNextStep.LOG_IN);
    }

    public SignUpAccepted resend(VerificationResend request) {
        if (!isRobot(request.website())) {
            AppUser.findByEmail(request.email()).filter(user -> !user.emailVerified)
                    .ifPresent(user -> sendVerification(user, null));
        }
        return RESENT;
    }

    /** Activates an account whose e-mail is now known to reach its holder; its other verification links stop working. */
    public static void markVerified(AppUser user, Instant now) {
        user.emailVerified = true;
        user.active = true;
        PasswordToken.update("usedAt = ?1 where user = ?2 and purpose = ?3 and usedAt is null", now, user,
                PasswordToken.Purpose.EMAIL_VERIFICATION);
    }

    // --- Shared with the structure sign-up ------------------------------------------------

    /** Whether the hidden field was filled in: a robot, answered as anyone else, and ignored. */
    public static boolean isRobot(String honeypot) {
        return honeypot != null && !honeypot.isEmpty();
    }

    /** Consent and password policy, the two rules a valid sign-up form may still break. */
    public static void refuseInvalid(String password, Boolean acceptTerms) {
        if (!Boolean.TRUE.equals(acceptTerms)) {
            throw ProblemException.invalidField("acceptTerms", TERMS_REQUIRED);
        }
        PasswordPolicy.check("password", password);
    }

    /** The SIRET as stored (digits only), or null when none was given; a 400 on {@code field} when invalid. */
    public static String checkedSiret(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String siret = Siret.normalise(value);
        if (!Siret.isValid(siret)) {
            throw ProblemException.invalidField(field, "Ce SIRET n'est pas valide : 14 chiffres, vérifiez-le sur votre "
                    + "avis de situation Sirene.");
        }
        return siret;
    }

    /**
     * Serialises the sign-ups of one address until the transaction ends, so that two at once cannot
     * both find it free (the second would break the unique index instead of getting the same answer).
     */
    public static void lockAddress(String email) {
        AppUser.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "sign-up:" + Emails.normalise(email))
                .getSingleResult();
    }

    /**
     * When an account already has this address, mails its holder (a new verification link if they never
     * followed theirs, otherwise "you already have an account") and answers true: nothing else is done.
     */
    public boolean answeredKnownAddress(String email) {
        Optional<AppUser> known = AppUser.findByEmail(email);
        known.ifPresent(user -> {
            if (user.emailVerified) {
                mails.sendAlreadyRegistered(user);
            } else {
                sendVerification(user, null);
            }
        });
        return known.isPresent();
    }

    /** An inactive account, waiting for its e-mail to be verified, with the consent given. */
    public AppUser newAccount(String email, String displayName, String password, Role role, Organisation organisation) {
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.email = Emails.normalise(email);
        user.displayName = displayName.strip();
        user.role = role;
        user.organisation = organisation;
        user.active = false;
        user.emailVerified = false;
        user.passwordHash = Passwords.hash(password);
        user.termsVersion = legal.termsVersion();
        user.privacyVersion = legal.privacyVersion();
        user.termsAcceptedAt = Instant.now();
        user.persist();
        return user;
    }

    /** A new verification link (24 h); earlier ones still work until one is used. */
    public void sendVerification(AppUser user, String claimedStructure) {
        Instant now = Instant.now();
        String value = SecretTokens.generate();
        PasswordToken token = new PasswordToken();
        token.id = UUID.randomUUID();
        token.tokenHash = SecretTokens.hash(value);
        token.user = user;
        token.purpose = PasswordToken.Purpose.EMAIL_VERIFICATION;
        token.createdAt = now;
        token.expiresAt = now.plus(config.verificationTtl());
        token.persist();
        mails.sendVerification(user, value, config.verificationTtl(), claimedStructure);
    }
}
