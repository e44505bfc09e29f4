package fr.relanceiae.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void utf8_is_read_with_or_without_a_bom() {
        byte[] plain = "name\nÉté".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + "name\nÉté").getBytes(StandardCharsets.UTF_8);
        assertThat(CsvText.decode(plain)).isEqualTo("name\nÉté");
        assertThat(CsvText.decode(withBom)).isEqualTo("name\nÉté");
    }

    @Test
    void bytes_that_are_not_utf8_are_read_as_windows_1252() {
        byte[] bytes = "name\nÉté – œuvre".getBytes(Charset.forName("windows-1252"));
        assertThat(CsvText.decode(bytes)).isEqualTo("name\nÉté – œuvre");
    }

    @Test
    void the_separator_is_the_one_the_header_has_most_of() {
        assertThat(CsvText.separator("siret;name;kind\n1,2;3")).isEqualTo(';');
        assertThat(CsvText.separator("siret,name,kind\n1;2;3")).isEqualTo(',');
        assertThat(CsvText.separator("\"a;b\",c\n")).isEqualTo(',');
    }

    @Test
    void quoted_fields_keep_separators_quotes_and_line_breaks_and_records_know_their_line() {
        List<CsvText.Record> records = CsvText.parse("a;b;c\r\n1;\"x; \"\"y\"\"\nz\";3\r\n\r\n4;5;6");
        assertThat(records).extracting(CsvText.Record::line).containsExactly(1, 2, 4, 5);
        assertThat(records.get(1).cells()).containsExactly("1", "x; \"y\"\nz", "3");
        assertThat(records.get(2).isBlank()).isTrue();
        assertThat(records.get(3).cells()).containsExactly("4", "5", "6");
    }

    @Test
    void fields_are_quoted_only_when_they_must_be() {
        assertThat(CsvText.field("simple")).isEqualTo("simple");
        assertThat(CsvText.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvText.field("dit \"non\"")).isEqualTo("\"dit \"\"non\"\"\"");
        assertThat(CsvText.field(null)).isEmpty();
    }
}
