package fr.relanceiae.shared.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends through the Quarkus Mailer (SMTP, or the mock mailbox in dev and tests). */
@ApplicationScoped
public class QuarkusMailSender implements MailSender {

    private final Mailer mailer;

    public QuarkusMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(String recipient, String subject, String text, String html) {
        Mail mail = Mail.withText(recipient, subject, text);
        if (html != null) {
            mail.setHtml(html);
        }
        mailer.send(mail);
    }
}
