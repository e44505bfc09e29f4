package fr.relanceiae.sourcing.solicitation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The e-mails of solicitations, in French (plain text and HTML), one message per recipient.
 * Sent directly for now ({@link MailerSourcingMails}); the integration writes them to the
 * outbox instead, in the transaction of the change (another bean of this interface).
 */
public interface SourcingMails {

    /** What a solicited structure is told of a request. */
    record RequestSummary(String title, String buyerOrganisationName, String placeSummary, LocalDate responseDeadline) {
    }

    /** Where a structure answers: its personal link (no account needed) and the page in the app. */
    record AnswerLinks(URI personalLink, URI appLink) {
    }

    /** One answer in a buyer's digest. */
    record AnswerLine(String requestTitle, String structureName, SolicitationDecision decision, URI requestLink) {
    }

    /** A structure is solicited for a published request. */
    void sendSolicitation(List<String> to, String structureName, RequestSummary request, AnswerLinks links);

    /** A structure that has not answered, 3 days before the deadline. */
    void sendDeadlineReminder(List<String> to, String structureName, RequestSummary request, AnswerLinks links);

    /** The deadline of a request a structure was solicited for has moved later. */
    void sendDeadlineExtended(List<String> to, String structureName, RequestSummary request, LocalDate previousDeadline,
            AnswerLinks links);

    /** The answers (new or changed) to a buyer organisation's requests since its last digest. */
    void sendAnswerDigest(List<String> to, String buyerOrganisationName, List<AnswerLine> answers);
}
