package fr.relanceiae.barometer.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.shared.outbox.MailLayout;
import fr.relanceiae.shared.outbox.OutgoingMail;
import fr.relanceiae.shared.web.PublicUrl;

/** The e-mails of the weekly survey: Monday's invitation and Thursday's reminder, each with a personal link. */
@ApplicationScoped
public class SurveyMails {

    /** The web page a personal link opens. */
    public static final String WEB_PATH = "/enquete/";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final PublicUrl publicUrl;

    public SurveyMails(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** Which of the two e-mails ({@code survey_mailing.mail}). */
    public enum Kind {
        INVITATION, REMINDER
    }

    /** One e-mail to one address about one structure's week, with its link's token. */
    OutgoingMail mail(Kind kind, String recipient, String structureName, IsoWeek week, String token) {
        String link = publicUrl.of(WEB_PATH + token).toString();
        String weekOf = "semaine du " + week.monday().format(DATE);
        LocalDate lastDay = week.next().sunday();
        MailLayout layout = MailLayout.greeting(null);
        if (kind == Kind.INVITATION) {
            layout.paragraph("Chaque semaine, le réseau fait le point avec les structures sur leur activité, leurs "
                    + "salariés en insertion et leurs besoins, pour orienter son soutien (fournitures, clients, "
                    + "financement).")
                    .paragraph("Comment s'est passée la " + weekOf + " pour « " + structureName + " » ? Répondre prend "
                            + "moins d'une minute : vos réponses de la dernière semaine sont déjà pré-remplies.");
        } else {
            layout.paragraph("Nous n'avons pas encore de nouvelles de « " + structureName + " » pour la " + weekOf
                    + ". Votre réponse compte : elle fait le taux de réponse du baromètre et nous permet de vous "
                    + "proposer de l'aide si vous en avez besoin.");
        }
        layout.action("Répondre pour la " + weekOf, link)
                .paragraph("Ce lien personnel, sans mot de passe, est valable jusqu'au " + lastDay.format(DAY)
                        + " inclus ; ne le transférez pas. Vous pouvez aussi répondre depuis votre espace, rubrique "
                        + "« Baromètre ».");
        String subject = (kind == Kind.INVITATION ? "Baromètre d'activité" : "Rappel : baromètre d'activité")
                + " — " + weekOf + " (" + structureName + ")";
        return OutgoingMail.to(recipient).subject(oneLine(subject)).body(layout);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
