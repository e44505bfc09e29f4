package fr.relanceiae.shared.outbox;

/**
 * Sends one mail now, or throws. The outbox's worker goes through it (not straight to the
 * Mailer), so that a test can put a failing sender in its place.
 */
public interface MailSender {

    /** @param html {@code null} for a plain text mail */
    void send(String recipient, String subject, String text, String html);
}
