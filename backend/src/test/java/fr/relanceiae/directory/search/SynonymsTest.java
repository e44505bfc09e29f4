package fr.relanceiae.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    /** The synonyms of the word at {@code index} of the query, each as its stems joined by spaces. */
    private static List<String> of(Synonyms synonyms, String query, int index) {
        return synonyms.of(FrenchText.words(query), index).stream().map(term -> String.join(" ", term.stems()))
                .toList();
    }

    private static String stems(String text) {
        return String.join(" ", FrenchText.words(text).stream().map(FrenchText.Word::stem).toList());
    }

    @Test
    void groups_are_lines_of_terms_separated_by_commas_comments_and_blank_lines_left_out() {
        Synonyms synonyms = Synonyms.parse("""
                # Laverie, tapis
                  # an indented comment, tapis

                Laverie , BLANCHISSERIES,pressing
                jardinage, espaces verts
                """);
        assertThat(of(synonyms, "laverie", 0)).containsExactly(stems("blanchisserie"), stems("pressing"));
        assertThat(of(synonyms, "blanchisserie", 0)).as("accents, case and plural do not matter")
                .containsExactly(stems("laverie"), stems("pressing"));
        assertThat(of(synonyms, "tapis", 0)).as("comments are no group").isEmpty();
        assertThat(of(synonyms, "jardinage", 0)).containsExactly("espac vert");
        assertThat(synonyms.of(FrenchText.words("jardinage"), 0).get(0).isPhrase()).isTrue();
    }

    @Test
    void a_term_of_several_words_gives_its_synonyms_to_each_of_its_words_when_spelled_together() {
        Synonyms synonyms = Synonyms.parse("jardinage, paysagiste, espaces verts\nvert, écologique\n");
        assertThat(of(synonyms, "entretien des espaces verts", 1)).containsExactly(stems("jardinage"),
                stems("paysagiste"));
        assertThat(of(synonyms, "entretien des espaces verts", 2)).as("its own synonyms too")
                .containsExactlyInAnyOrder(stems("écologique"), stems("jardinage"), stems("paysagiste"));
        assertThat(of(synonyms, "espaces bleus verts", 0)).as("not when apart").isEmpty();
        assertThat(of(synonyms, "entretien des espaces verts", 0)).isEmpty();
    }

    @Test
    void a_phrase_keeps_the_gap_of_its_common_words() {
        Synonyms synonyms = Synonyms.parse("pressing, nettoyage à sec\n");
        Synonyms.Term phrase = synonyms.of(FrenchText.words("pressing"), 0).get(0);
        assertThat(phrase.stems()).containsExactly(stems("nettoyage"), "sec");
        assertThat(phrase.positions().get(1) - phrase.positions().get(0)).isEqualTo(2);
    }

    @Test
    void a_term_is_in_every_group_that_has_it_but_groups_are_not_chained() {
        Synonyms synonyms = Synonyms.parse("traiteur, restauration\nrestauration collective, cantine\ncantine, self\n");
        assertThat(of(synonyms, "traiteur", 0)).containsExactly(stems("restauration"));
        assertThat(of(synonyms, "restauration collective", 0)).containsExactly(stems("traiteur"), "cantin");
        assertThat(of(synonyms, "cantine", 0)).containsExactlyInAnyOrder(stems("restauration collective"), "self");
        assertThat(of(synonyms, "self", 0)).containsExactly("cantin");
    }

    @Test
    void a_wrong_line_is_refused_with_its_number() {
        assertThatThrownBy(() -> Synonyms.parse("# comment\nlaverie, de la\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2")
                .hasMessageContaining("\"de la\" has no searchable word");
        assertThatThrownBy(() -> Synonyms.parse("laverie, pressing\n\nlaverie\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3")
                .hasMessageContaining("at least two different terms");
        assertThatThrownBy(() -> Synonyms.parse("laverie, Laveries\n")).hasMessageContaining("line 1");
    }

    @Test
    void the_shipped_file_reads_and_has_the_trades_buyers_asked_for() {
        Synonyms shipped = Synonyms.shipped();
        assertThat(of(shipped, "laverie", 0)).contains(stems("blanchisserie"), stems("pressing"));
        assertThat(of(shipped, "ménage", 0)).contains(stems("nettoyage"), stems("propreté"));
        assertThat(of(shipped, "espaces verts", 0)).contains(stems("jardinage"), stems("paysagiste"));
        assertThat(of(shipped, "paysagiste", 0)).contains(stems("espaces verts"), stems("jardinage"));
        assertThat(of(shipped, "traiteur", 0)).contains(stems("restauration"));
        assertThat(of(shipped, "déménagement", 0)).contains(stems("manutention"));
        assertThat(of(shipped, "numérique", 0)).contains(stems("informatique"));
        assertThat(of(shipped, "BTP", 0)).contains(stems("bâtiment"));
        assertThat(of(shipped, "ressourcerie", 0)).contains(stems("réemploi"), stems("recyclage"));
        assertThat(of(shipped, "couture", 0)).contains(stems("confection"), stems("textile"));
        assertThat(of(shipped, "logistique", 0)).contains(stems("entreposage"));
        assertThat(of(shipped, "imprimerie", 0)).contains(stems("reprographie"));
    }
}
