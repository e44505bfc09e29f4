package fr.relanceiae.financing.diagnostic;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.financing.compute.Instrument;
import fr.relanceiae.shared.outbox.MailLayout;
import fr.relanceiae.shared.outbox.Outbox;
import fr.relanceiae.shared.outbox.OutgoingMail;
import fr.relanceiae.shared.web.PublicUrl;

/**
 * The financing e-mails, written to the outbox in the transaction of the change that causes them:
 * to the structure when a draft is opened for it (by a facilitator, or after it declared a need of
 * financing) and when it is oriented; to a facilitator when a diagnostic is assigned to them by
 * someone else. No figure is ever put in an e-mail: they stay behind the login.
 */
@ApplicationScoped
public class FinancingMails {

    /** The web page of the structure's diagnostics. */
    static final String STRUCTURE_PAGE = "/diagnostic-financier";
    /** The web page of one diagnostic for facilitators. */
    static final String REVIEW_PAGE = "/diagnostics/";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final Outbox outbox;
    private final PublicUrl publicUrl;

    public FinancingMails(Outbox outbox, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    void draftOpenedForStructure(FinancingDiagnostic diagnostic) {
        MailLayout layout = MailLayout.greeting(null)
                .paragraph("Un diagnostic financier a été ouvert pour « " + diagnostic.structure.name + " », pré-rempli "
                        + "avec ce que nous savons déjà de votre structure.")
                .paragraph("Complétez-le en quelques minutes : vous verrez aussitôt votre trésorerie à trois mois et "
                        + "les aides qui pourraient vous convenir, puis soumettez-le pour qu'une personne du réseau "
                        + "vous accompagne.")
                .action("Compléter le diagnostic", publicUrl.of(STRUCTURE_PAGE).toString());
        toStructure(diagnostic, "Votre diagnostic financier est prêt à compléter", layout);
    }

    void oriented(FinancingDiagnostic diagnostic) {
        String instruments = diagnostic.orientation().stream().map(Instrument::french)
                .collect(Collectors.joining("\n- ", "\n- ", ""));
        MailLayout layout = MailLayout.greeting(null)
                .paragraph("Votre diagnostic financier pour « " + diagnostic.structure.name + " » a été étudié. "
                        + "Nous vous orientons vers :" + instruments);
        if (diagnostic.orientationComment != null) {
            layout = layout.paragraph(diagnostic.orientationComment);
        }
        if (diagnostic.followUpDate != null) {
            layout = layout.paragraph("Nous reprendrons contact avec vous vers le "
                    + FRENCH_DATE.format(diagnostic.followUpDate) + ".");
        }
        layout = layout.action("Voir le diagnostic", publicUrl.of(STRUCTURE_PAGE).toString());
        toStructure(diagnostic, "Diagnostic financier : votre orientation", layout);
    }

    void assigned(FinancingDiagnostic diagnostic, AppUser assignee) {
        if (assignee == null || assignee.email == null) {
            return;
        }
        MailLayout layout = MailLayout.greeting(assignee.displayName)
                .paragraph("Le diagnostic financier de « " + diagnostic.structure.name + " » vous a été confié.")
                .action("Ouvrir le diagnostic", publicUrl.of(REVIEW_PAGE + diagnostic.id).toString());
        outbox.enqueue(OutgoingMail.to(assignee.email).subject("Un diagnostic financier vous est confié").body(layout));
    }

    private void toStructure(FinancingDiagnostic diagnostic, String subject, MailLayout layout) {
        List<String> recipients = StructureRecipients.recipients(diagnostic.structure);
        outbox.enqueueAll(recipients.stream().map(address -> OutgoingMail.to(address).subject(subject).body(layout))
                .toList());
    }
}
