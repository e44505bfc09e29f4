package fr.relanceiae.sourcing.solicitation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Sends the solicitation e-mails through the Quarkus {@link Mailer}, as the account e-mails
 * do. TEMPORARY until the outbox is wired (integration): a message sent here is not undone
 * if the transaction that caused it rolls back.
 */
@DefaultBean
@ApplicationScoped
public class MailerSourcingMails implements SourcingMails {

    private static final String SIGNATURE = "L'équipe Relance IAE";

    private final Mailer mailer;

    public MailerSourcingMails(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void sendSolicitation(List<String> to, String structureName, RequestSummary request, AnswerLinks links) {
        String intro = "Un acheteur cherche une structure inclusive pour le besoin ci-dessous, et « " + structureName
                + " » peut y répondre. Dites-lui si vous êtes intéressés, ou non, avant la date limite.";
        send(to, "Nouvelle opportunité : " + request.title(), structureName, intro, request, links);
    }

    @Override
    public void sendDeadlineReminder(List<String> to, String structureName, RequestSummary request, AnswerLinks links) {
        String intro = "La date limite de réponse approche et « " + structureName
                + " » n'a pas encore répondu à ce besoin. Une réponse, même négative, aide l'acheteur.";
        send(to, "Rappel : plus que quelques jours pour répondre à « " + request.title() + " »", structureName, intro,
                request, links);
    }

    @Override
    public void sendDeadlineExtended(List<String> to, String structureName, RequestSummary request,
            LocalDate previousDeadline, AnswerLinks links) {
        String intro = "La date limite de réponse de ce besoin, pour lequel « " + structureName
                + " » a été sollicitée, est reportée du " + SolicitationDeadlines.french(previousDeadline) + " au "
                + SolicitationDeadlines.french(request.responseDeadline()) + ".";
        send(to, "Date limite reportée : " + request.title(), structureName, intro, request, links);
    }

    @Override
    public void sendAnswerDigest(List<String> to, String buyerOrganisationName, List<AnswerLine> answers) {
        StringBuilder text = new StringBuilder("Bonjour,\n\nDe nouvelles réponses sont arrivées pour les besoins de « ")
                .append(buyerOrganisationName).append(" » :\n\n");
        StringBuilder html = new StringBuilder("<p>Bonjour,</p><p>De nouvelles réponses sont arrivées pour les besoins de « ")
                .append(escape(buyerOrganisationName)).append(" » :</p><ul>");
        for (AnswerLine answer : answers) {
            String decision = answer.decision() == SolicitationDecision.INTERESTED ? "intéressée" : "ne donne pas suite";
            text.append("- ").append(answer.requestTitle()).append(" : ").append(answer.structureName()).append(" ")
                    .append(decision).append("\n  ").append(answer.requestLink()).append("\n");
            html.append("<li><a href=\"").append(escape(answer.requestLink().toString())).append("\">")
                    .append(escape(answer.requestTitle())).append("</a> : ").append(escape(answer.structureName()))
                    .append(" ").append(decision).append("</li>");
        }
        text.append("\nLes coordonnées des structures intéressées sont sur la page de chaque besoin.\n\n").append(SIGNATURE)
                .append("\n");
        html.append("</ul><p>Les coordonnées des structures intéressées sont sur la page de chaque besoin.</p><p>")
                .append(SIGNATURE).append("</p>");
        String subject = answers.size() == 1 ? "Une nouvelle réponse à vos besoins"
                : answers.size() + " nouvelles réponses à vos besoins";
        to.forEach(address -> mailer.send(Mail.withHtml(address, subject, html.toString()).setText(text.toString())));
    }

    private void send(List<String> to, String subject, String structureName, String intro, RequestSummary request,
            AnswerLinks links) {
        String deadline = request.responseDeadline() == null ? "aucune"
                : SolicitationDeadlines.french(request.responseDeadline()) + " (23 h 59, heure de Paris)";
        String text = """
                Bonjour,

                %s

                Besoin : %s
                Acheteur : %s
                Lieu : %s
                Date limite de réponse : %s

                Pour lire le besoin et répondre sans compte, suivez ce lien personnel (ne le transférez qu'à des \
                personnes de votre structure) :
                %s

                Si vous avez un compte Relance IAE, vous pouvez aussi répondre depuis vos opportunités :
                %s

                %s
                """.formatted(intro, request.title(), request.buyerOrganisationName(), request.placeSummary(), deadline,
                links.personalLink(), links.appLink(), SIGNATURE);
        String html = """
                <p>Bonjour,</p>
                <p>%s</p>
                <ul>
                <li>Besoin : <strong>%s</strong></li>
                <li>Acheteur : %s</li>
                <li>Lieu : %s</li>
                <li>Date limite de réponse : %s</li>
                </ul>
                <p><a href="%s">Lire le besoin et répondre (sans compte)</a><br>
                Ce lien est personnel : ne le transférez qu'à des personnes de votre structure.</p>
                <p>Avec un compte Relance IAE : <a href="%s">vos opportunités</a>.</p>
                <p>%s</p>
                """.formatted(escape(intro), escape(request.title()), escape(request.buyerOrganisationName()),
                escape(request.placeSummary()), escape(deadline), escape(links.personalLink().toString()),
                escape(links.appLink().toString()), SIGNATURE);
        to.forEach(address -> mailer.send(Mail.withHtml(address, subject, html).setText(text)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
