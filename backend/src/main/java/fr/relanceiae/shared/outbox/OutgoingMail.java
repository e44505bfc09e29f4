package fr.relanceiae.shared.outbox;

/**
 * An e-mail to put in the {@link Outbox}: a recipient, a subject, a plain text and, better,
 * an HTML version ({@link MailLayout} writes both), and optionally a dedup key.
 *
 * <pre>{@code
 * outbox.enqueue(OutgoingMail.to(email).subject("…").text(layout.text()).html(layout.html())
 *         .dedupKey("reminder:" + solicitationId));
 * }</pre>
 */
public final class OutgoingMail {

    private final String recipient;
    private String subject;
    private String text;
    private String html;
    private String dedupKey;

    private OutgoingMail(String recipient) {
        this.recipient = recipient;
    }

    public static OutgoingMail to(String recipient) {
        return new OutgoingMail(recipient);
    }

    public OutgoingMail subject(String subject) {
        this.subject = subject;
        return this;
    }

    public OutgoingMail text(String text) {
        this.text = text;
        return this;
    }

    public OutgoingMail html(String html) {
        this.html = html;
        return this;
    }

    /** Both versions from a layout. */
    public OutgoingMail body(MailLayout layout) {
        this.text = layout.text();
        this.html = layout.html();
        return this;
    }

    /**
     * At most one mail is ever enqueued with this key (a digest's period, a reminder's
     * solicitation…): later ones are dropped. Kept as long as the mail (the outbox's retention).
     */
    public OutgoingMail dedupKey(String dedupKey) {
        this.dedupKey = dedupKey;
        return this;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public String dedupKey() {
        return dedupKey;
    }
}
