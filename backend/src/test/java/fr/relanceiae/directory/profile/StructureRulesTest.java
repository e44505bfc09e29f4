package fr.relanceiae.directory.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.Issue;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

class StructureRulesTest {

    private static final DirectoryReferences REFERENCES = new DirectoryReferences(Set.of("75", "93", "2A"),
            Set.of("plomberie"), Set.of("rge"), Set.of("fei"),
            postCode -> Optional.ofNullable(Map.of("93100", "93").get(postCode)));

    private static StructureInput input(String siret, String name, String naf, String email, Double latitude,
            Double longitude, String postCode, String department) {
        StructureInput.Builder in = StructureInput.builder();
        in.siret = siret;
        in.name = name;
        in.kind = StructureKind.EI;
        in.naf = naf;
        in.postCode = postCode;
        in.department = department;
        in.latitude = latitude;
        in.longitude = longitude;
        in.email = email;
        in.insertionFte = new BigDecimal("3.5");
        in.labels = List.of("RGE", "inconnu");
        in.networks = List.of("fei");
        return in.build();
    }

    @Test
    void values_are_normalised() {
        StructureRules.Checked checked = StructureRules.check(
                input(" 732 829 320 00074 ", "  Atelier  ", "62.01z", "Contact@Example.org", 48.9, 2.4, "93100", null),
                REFERENCES);
        StructureInput in = checked.input();
        assertThat(in.siret()).isEqualTo("73282932000074");
        assertThat(in.name()).isEqualTo("Atelier");
        assertThat(in.naf()).isEqualTo("6201Z");
        assertThat(in.email()).isEqualTo("contact@example.org");
        assertThat(in.department()).as("from the postcode").isEqualTo("93");
        assertThat(in.insertionFte()).isEqualTo(new BigDecimal("3.50"));
        assertThat(in.labels()).containsExactly("rge");
        assertThat(in.active()).isTrue();
        assertThat(checked.issues()).containsExactly(Issue.dropped("labels", "Label inconnu : inconnu."));
    }

    @Test
    void required_values_block_and_optional_ones_are_dropped() {
        StructureRules.Checked checked = StructureRules.check(
                input("73282932000075", " ", "ABC", "pas-un-mail", 95.0, 2.0, null, "99"), REFERENCES);
        assertThat(checked.isBlocked()).isTrue();
        assertThat(checked.issues()).filteredOn(Issue::blocking).extracting(Issue::field)
                .containsExactly("siret", "name", "department");
        assertThat(checked.issues()).filteredOn(issue -> !issue.blocking()).extracting(Issue::field)
                .containsExactly("naf", "email", "latitude", "labels");
        assertThat(checked.input().naf()).isNull();
        assertThat(checked.input().email()).isNull();
        assertThat(checked.input().latitude()).isNull();
        assertThat(checked.input().longitude()).as("coordinates go together").isNull();
    }

    @Test
    void an_activity_keeps_only_what_its_range_uses() {
        ActivityRules.Checked radius = ActivityRules.check(new ActivityInput("plomberie",
                List.of(PrestaType.GOODS, PrestaType.SERVICE, PrestaType.GOODS), GeoRange.RADIUS, List.of("75"), 20),
                REFERENCES);
        assertThat(radius.issues()).isEmpty();
        assertThat(radius.input().prestaTypes()).containsExactly(PrestaType.SERVICE, PrestaType.GOODS);
        assertThat(radius.input().geoDepartments()).isEmpty();

        ActivityRules.Checked departments = ActivityRules.check(new ActivityInput("plomberie", List.of(PrestaType.SERVICE),
                GeoRange.DEPARTMENTS, List.of("93", "2a", "75"), 20), REFERENCES);
        assertThat(departments.input().geoDepartments()).containsExactly("2A", "75", "93");
        assertThat(departments.input().geoRadiusKm()).isNull();

        ActivityRules.Checked wrong = ActivityRules.check(new ActivityInput("inconnu", List.of(), null, null, null),
                REFERENCES);
        assertThat(wrong.issues()).extracting(Issue::field).containsExactly("sector", "prestaTypes", "geoRange");
    }
}
