package fr.relanceiae.account.signup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.shared.outbox.MailLayout;
import fr.relanceiae.shared.outbox.Outbox;
import fr.relanceiae.shared.outbox.OutgoingMail;
import fr.relanceiae.shared.web.PublicUrl;

/** The e-mails of sign-up (French), put in the outbox within the transaction that causes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SignUpMails {

    public static final String VERIFICATION_PATH = "/inscription/verification?jeton=";
    static final String VERIFICATION_SUBJECT = "Confirmez votre adresse e-mail pour Relance IAE";
    static final String ALREADY_REGISTERED_SUBJECT = "Vous avez déjà un compte Relance IAE";

    private final Outbox outbox;
    private final PublicUrl publicUrl;

    public SignUpMails(Outbox outbox, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    /** The link that verifies the e-mail of a new account (and activates it). */
    public void sendVerification(AppUser user, String token, Duration validity, String claimedStructure) {
        MailLayout layout = MailLayout.greeting(user.displayName)
                .paragraph("Vous venez de créer un compte sur Relance IAE avec cette adresse e-mail.")
                .action("Confirmer mon adresse e-mail", link(VERIFICATION_PATH, token))
                .paragraph("Ce lien est valable " + describe(validity) + " et ne sert qu'une fois. Passé ce délai, "
                        + "demandez-en un nouveau depuis la page d'inscription.");
        if (claimedStructure != null) {
            layout.paragraph("Votre demande pour agir au nom de la structure « " + claimedStructure + " » suit son cours : "
                    + "vous recevrez un e-mail dès qu'elle sera acceptée.");
        }
        layout.paragraph("Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message : aucun compte ne sera "
                + "activé.");
        outbox.enqueue(OutgoingMail.to(user.email).subject(VERIFICATION_SUBJECT).body(layout));
    }

    /** Said to the holder of an address someone tried to sign up with again, instead of a second account. */
    public void sendAlreadyRegistered(AppUser user) {
        MailLayout layout = MailLayout.greeting(user.displayName)
                .paragraph("Quelqu'un (vous, sans doute) a demandé à créer un compte Relance IAE avec cette adresse e-mail. "
                        + "Vous avez déjà un compte : connectez-vous avec cette adresse.")
                .action("Se connecter", publicUrl.of("/connexion").toString())
                .paragraph("Mot de passe oublié ? Sur la page de connexion, choisissez « Mot de passe oublié » pour en "
                        + "recevoir un nouveau.\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : "
                        + "rien n'a changé sur votre compte.");
        outbox.enqueue(OutgoingMail.to(user.email).subject(ALREADY_REGISTERED_SUBJECT).body(layout));
    }

    /** An absolute link into the web app carrying a token. */
    public String link(String pathAndParameter, String token) {
        return publicUrl.of(pathAndParameter + URLEncoder.encode(token, StandardCharsets.UTF_8)).toString();
    }

    /** "24 heures", "7 jours": how long a link works, in mails. */
    public static String describe(Duration validity) {
        long hours = validity.toHours();
        if (hours >= 48 && hours % 24 == 0) {
            return hours / 24 + " jours";
        }
        if (hours >= 1 && validity.toMinutes() % 60 == 0) {
            return hours == 1 ? "1 heure" : hours + " heures";
        }
        return validity.toMinutes() + " minutes";
    }
}
