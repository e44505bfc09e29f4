package fr.relanceiae.shared.outbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The one look of our e-mails, in French, as plain text and HTML alike: a greeting,
 * paragraphs, at most one call to action (a link into the web app) and the signature.
 * Every text is escaped in the HTML version.
 *
 * <pre>{@code
 * MailLayout layout = MailLayout.greeting(user.displayName)
 *         .paragraph("Un acheteur vous sollicite pour « " + title + " ».")
 *         .action("Voir la demande", link)
 *         .paragraph("Vous pouvez répondre jusqu'au " + deadline + ".");
 * outbox.enqueue(OutgoingMail.to(user.email).subject("Nouvelle demande de devis").body(layout));
 * }</pre>
 */
public final class MailLayout {

    public static final String SIGNATURE = "L'équipe Relance IAE";

    private record Block(String text, String actionUrl) {
    }

    private final String greeting;
    private final List<Block> blocks = new ArrayList<>();
    private boolean hasAction;

    private MailLayout(String greeting) {
        this.greeting = greeting;
    }

    /** "Bonjour Inès Martin," or, without a name, "Bonjour,". */
    public static MailLayout greeting(String name) {
        return new MailLayout(name == null || name.isBlank() ? "Bonjour," : "Bonjour " + name.strip() + ",");
    }

    /** A paragraph; its line breaks are kept. */
    public MailLayout paragraph(String text) {
        blocks.add(new Block(text, null));
        return this;
    }

    /** The call to action: a button in HTML, the link on its own line in text. Only one per mail. */
    public MailLayout action(String label, String url) {
        if (hasAction) {
            throw new IllegalStateException("A mail has one call to action");
        }
        String scheme = URI.create(url).getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("A call to action links to an http(s) address");
        }
        hasAction = true;
        blocks.add(new Block(label, url));
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        for (Block block : blocks) {
            if (block.actionUrl() == null) {
                text.append(block.text());
            } else {
                text.append(block.text()).append(" :\n").append(block.actionUrl());
            }
            text.append("\n\n");
        }
        return text.append(SIGNATURE).append('\n').toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"></head>\n"
                + "<body style=\"font-family: Arial, Helvetica, sans-serif; color: #161616; line-height: 1.5;\">\n");
        html.append("<p>").append(escape(greeting)).append("</p>\n");
        for (Block block : blocks) {
            if (block.actionUrl() == null) {
                html.append("<p>").append(escape(block.text()).replace("\n", "<br>\n")).append("</p>\n");
            } else {
                String url = escape(block.actionUrl());
                html.append("<p><a href=\"").append(url).append("\" style=\"display: inline-block; padding: 10px 16px;"
                        + " background: #000091; color: #ffffff; text-decoration: none; border-radius: 4px;\">")
                        .append(escape(block.text())).append("</a></p>\n")
                        .append("<p style=\"font-size: small; color: #666666;\">Si le bouton ne fonctionne pas, copiez ce lien"
                                + " dans votre navigateur : ").append(url).append("</p>\n");
            }
        }
        return html.append("<p>").append(escape(SIGNATURE)).append("</p>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
