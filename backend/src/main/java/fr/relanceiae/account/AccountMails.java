package fr.relanceiae.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.shared.web.PublicUrl;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** The e-mails that carry a link to set a password (French, plain text). */
@ApplicationScoped
public class AccountMails {

    private final Mailer mailer;
    private final PublicUrl publicUrl;

    public AccountMails(Mailer mailer, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    public void sendInvitation(AppUser user, String token, Duration validity) {
        String text = """
                Bonjour %s,

                Un compte vous a été ouvert sur Relance IAE pour l'organisation « %s ».
                Pour choisir votre mot de passe et vous connecter, suivez ce lien (valable %s) :

                %s

                Votre identifiant est votre adresse e-mail : %s

                Si vous n'attendiez pas ce message, ignorez-le.

                L'équipe Relance IAE
                """.formatted(user.displayName, user.organisation.name, describe(validity), link(token), user.email);
        mailer.send(Mail.withText(user.email, "Votre compte Relance IAE", text));
    }

    public void sendPasswordReset(AppUser user, String token, Duration validity) {
        String text = """
                Bonjour %s,

                Une demande de réinitialisation du mot de passe de votre compte Relance IAE a été faite.
                Pour choisir un nouveau mot de passe, suivez ce lien (valable %s) :

                %s

                Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas.

                L'équipe Relance IAE
                """.formatted(user.displayName, describe(validity), link(token));
        mailer.send(Mail.withText(user.email, "Réinitialisation de votre mot de passe Relance IAE", text));
    }

    String link(String token) {
        return publicUrl.of("/definir-mot-de-passe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).toString();
    }

    private static String describe(Duration validity) {
        long hours = validity.toHours();
        if (hours >= 1 && validity.toMinutes() % 60 == 0) {
            return hours == 1 ? "1 heure" : hours + " heures";
        }
        return validity.toMinutes() + " minutes";
    }
}
