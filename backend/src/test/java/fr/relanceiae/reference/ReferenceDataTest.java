package fr.relanceiae.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What the migrations leave in the database. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ReferenceDataTest {

    @Inject
    EntityManager entityManager;

    @Test
    void the_migrations_load_every_row_of_the_reference_files() {
        assertThat(SectorGroup.count()).isEqualTo(20);
        assertThat(Sector.count()).isEqualTo(154);
        assertThat(Department.count()).isEqualTo(107);
        assertThat(Commune.count()).isEqualTo(35_058);
        assertThat(Commune.count("latitude is null")).isPositive().isLessThan(100);
        assertThat(Department.count("regionCode is null")).isEqualTo(6);
    }

    @Test
    void the_kind_tables_hold_exactly_the_codes_of_the_java_enums() {
        assertThat(StructureKindLabel.<StructureKindLabel>listAll().stream().map(kind -> kind.code))
                .containsExactlyInAnyOrderElementsOf(names(StructureKind.values()));
        assertThat(PrestaTypeLabel.<PrestaTypeLabel>listAll().stream().map(type -> type.code))
                .containsExactlyInAnyOrderElementsOf(names(PrestaType.values()));
    }

    @Test
    void a_commune_keeps_all_its_postcodes() {
        Commune saintDenis = Commune.findById("93066");

        assertThat(saintDenis.name).isEqualTo("Saint-Denis");
        assertThat(saintDenis.postCodes).containsExactly("93200", "93210");
    }

    @Test
    void the_search_form_of_a_name_has_no_accents_case_punctuation_nor_abbreviations() {
        assertThat(searchName("L'Île-Saint-Denis")).isEqualTo("l ile saint denis");
        assertThat(searchName("L’Orée-d’Écouves")).isEqualTo("l oree d ecouves");
        assertThat(searchName("Bors (Canton de Tude-et-Lavalette)")).isEqualTo("bors canton de tude et lavalette");
        assertThat(searchName("Œuilly")).isEqualTo("oeuilly");
        assertThat(searchName("St-Denis  Ste Foy Stenay")).isEqualTo("saint denis sainte foy stenay");
        assertThat(entityManager.createNativeQuery("SELECT search_name FROM commune WHERE insee_code = '93039'")
                .getSingleResult()).isEqualTo("l ile saint denis");
    }

    private String searchName(String name) {
        return (String) entityManager.createNativeQuery("SELECT public.f_search_name(:name)")
                .setParameter("name", name).getSingleResult();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
