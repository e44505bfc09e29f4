package fr.relanceiae.account.signup;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.relanceiae.account.Emails;
import fr.relanceiae.shared.error.ProblemException;
import io.quarkus.mailer.MockMailbox;

/**
 * The demo's mailbox: with demo data on and the mock mailer (nothing is really sent), the mails sent
 * to an address, newest last, so that a person trying the demo (or a browser test) can follow a
 * sign-up link. Anywhere else (a real mailer, or no demo data) it does not exist (404). Not part of
 * the API contract.
 */
@Path("/api/v1/demo/mailbox")
public class DemoMailboxResource {

    /** One mail as the demo shows it. */
    public record DemoMail(String to, String subject, String text) {
    }

    private final boolean enabled;
    private final MockMailbox mailbox;

    public DemoMailboxResource(@ConfigProperty(name = "relance.demo-data", defaultValue = "false") boolean demoData,
            @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mockMailer, MockMailbox mailbox) {
        this.enabled = demoData && mockMailer;
        this.mailbox = mailbox;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public List<DemoMail> mailsTo(@QueryParam("to") @NotBlank @Size(max = 254) String to) {
        if (!enabled) {
            throw ProblemException.notFound("Pas de boîte de démonstration ici.");
        }
        String address = Emails.normalise(to);
        var mails = mailbox.getMailsSentTo(address);
        return mails == null ? List.of() : mails.stream()
                .map(mail -> new DemoMail(address, mail.getSubject(), mail.getText())).toList();
    }
}
