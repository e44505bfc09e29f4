package fr.relanceiae.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MailLayoutTest {

    @Test
    void the_text_version_reads_greeting_paragraphs_link_and_signature_in_order() {
        MailLayout layout = MailLayout.greeting("Inès Martin")
                .paragraph("Un acheteur vous sollicite.\nRépondez avant vendredi.")
                .action("Voir la demande", "https://relance-iae.fr/reponse?jeton=a&b=c")
                .paragraph("Merci.");

        assertThat(layout.text()).isEqualTo("""
                Bonjour Inès Martin,

                Un acheteur vous sollicite.
                Répondez avant vendredi.

                Voir la demande :
                https://relance-iae.fr/reponse?jeton=a&b=c

                Merci.

                L'équipe Relance IAE
                """);
    }

    @Test
    void the_html_version_escapes_every_text_and_the_link() {
        String html = MailLayout.greeting("<script>alert(1)</script>")
                .paragraph("Prix < 5 € & \"qualité\"")
                .action("Voir l'<offre>", "https://relance-iae.fr/r?a=1&b='2'")
                .html();

        assertThat(html).contains("<html lang=\"fr\">", "Bonjour &lt;script&gt;alert(1)&lt;/script&gt;,",
                "<p>Prix &lt; 5 € &amp; &quot;qualité&quot;</p>",
                "<a href=\"https://relance-iae.fr/r?a=1&amp;b=&#39;2&#39;\"", ">Voir l&#39;&lt;offre&gt;</a>",
                "<p>L&#39;équipe Relance IAE</p>");
        assertThat(html).doesNotContain("<script>", "<offre>");
    }

    @Test
    void without_a_name_the_greeting_is_plain_and_line_breaks_become_br() {
        MailLayout layout = MailLayout.greeting(" ").paragraph("un\ndeux");

        assertThat(layout.text()).startsWith("Bonjour,\n\nun\ndeux\n\n");
        assertThat(layout.html()).contains("<p>Bonjour,</p>", "<p>un<br>\ndeux</p>");
    }

    @Test
    void one_call_to_action_only_and_only_to_a_web_address() {
        MailLayout layout = MailLayout.greeting("A").action("Ouvrir", "https://relance-iae.fr");

        assertThatThrownBy(() -> layout.action("Encore", "https://relance-iae.fr"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MailLayout.greeting("A").action("Piège", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retries_wait_1_min_5_min_30_min_2_h_then_6_h() {
        assertThat(OutboxWorker.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxWorker.backoff(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxWorker.backoff(3)).isEqualTo(Duration.ofMinutes(30));
        assertThat(OutboxWorker.backoff(4)).isEqualTo(Duration.ofHours(2));
        assertThat(OutboxWorker.backoff(5)).isEqualTo(Duration.ofHours(6));
        assertThat(OutboxWorker.backoff(9)).isEqualTo(Duration.ofHours(6));
    }
}
