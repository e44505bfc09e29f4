package fr.relanceiae.directory.importing;

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

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_behind_a_quote() {
        assertThat(CsvText.field("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvText.field("+33 1 23 45 67 89")).isEqualTo("'+33 1 23 45 67 89");
        assertThat(CsvText.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvText.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvText.field("\tx")).isEqualTo("'\tx");
        assertThat(CsvText.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvText.field("'=1")).as("a quote already there is kept").isEqualTo("''=1");
        assertThat(CsvText.field("-0.5")).as("a negative number is no formula").isEqualTo("-0.5");
        assertThat(CsvText.field("a=b")).isEqualTo("a=b");
        assertThat(CsvText.line(List.of("=1", "x"))).isEqualTo("'=1;x\r\n");
    }

    @Test
    void what_the_app_writes_reads_back_to_the_same_values() {
        List<String> values = List.of("=HYPERLINK(\"http://x\",\"y\")", "+33 1 23 45 67 89", "-0.5", "-2+3", "@x",
                "\tx", "'=1", "''+2", "'plain", "plain", "l'été", "a;b", "");
        String text = CsvText.line(List.of("h1", "h2")) + CsvText.line(values);
        assertThat(CsvText.parse(text).get(1).cells()).containsExactlyElementsOf(values);
    }

    @Test
    void a_quote_before_a_formula_is_dropped_when_reading_any_other_kept() {
        List<CsvText.Record> records = CsvText.parse("a;b;c;d;e\n'=1+1;'+33;'-0.5;'abc;\"'@x\"");
        assertThat(records.get(1).cells()).containsExactly("=1+1", "+33", "-0.5", "'abc", "@x");
    }
}
