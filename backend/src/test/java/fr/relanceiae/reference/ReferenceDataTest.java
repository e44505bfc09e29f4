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

/** What the migrations leave in the database, and what the catalogue reads from it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ReferenceDataTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ReferenceCatalog catalog;

    @Test
    void the_migrations_load_every_row_of_the_reference_files() {
        assertThat(count("select count(*) from sector_group")).isEqualTo(20);
        assertThat(count("select count(*) from sector")).isEqualTo(154);
        assertThat(count("select count(*) from department")).isEqualTo(107);
        assertThat(count("select count(*) from commune")).isEqualTo(35_058);
        assertThat(count("select count(*) from commune where latitude is null")).isPositive().isLessThan(100);
        assertThat(count("select count(*) from department where region_code is null")).isEqualTo(6);
    }

    @Test
    void the_catalogue_holds_every_row() {
        assertThat(catalog.sectorSlugs()).hasSize(154);
        assertThat(catalog.departmentCodes()).hasSize(107);
        assertThat(catalog.labelCodes()).isNotEmpty().contains("rge");
        assertThat(catalog.networkCodes()).isNotEmpty().contains("coorace");
        assertThat(catalog.communesOf("93")).hasSize(40).isSortedAccordingTo(
                (a, b) -> a.inseeCode().compareTo(b.inseeCode()));
        assertThat(catalog.departmentOfPostCode("93200")).contains("93");
        assertThat(catalog.departmentOfPostCode("00000")).isEmpty();
    }

    @Test
    void the_kind_tables_hold_exactly_the_codes_of_the_java_enums() {
        assertThat(codes("select code from structure_kind")).containsExactlyInAnyOrderElementsOf(
                names(StructureKind.values()));
        assertThat(codes("select code from presta_type")).containsExactlyInAnyOrderElementsOf(
                names(PrestaType.values()));
    }

    @Test
    void a_commune_keeps_all_its_postcodes() {
        CommuneView saintDenis = catalog.commune("93066").orElseThrow();

        assertThat(saintDenis.name()).isEqualTo("Saint-Denis");
        assertThat(saintDenis.postCodes()).containsExactly("93200", "93210");
        assertThat(count("select count(*) from commune where insee_code = '93066'"
                + " and post_codes = array['93200', '93210']")).isEqualTo(1);
    }

    @Test
    void the_search_form_of_a_name_has_no_accents_case_punctuation_nor_abbreviations() {
        assertThat(SearchName.of("L'Île-Saint-Denis")).isEqualTo("l ile saint denis");
        assertThat(SearchName.of("L’Orée-d’Écouves")).isEqualTo("l oree d ecouves");
        assertThat(SearchName.of("Bors (Canton de Tude-et-Lavalette)")).isEqualTo("bors canton de tude et lavalette");
        assertThat(SearchName.of("Œuilly")).isEqualTo("oeuilly");
        assertThat(SearchName.of("St-Denis  Ste Foy Stenay")).isEqualTo("saint denis sainte foy stenay");
        assertThat(SearchName.of(" -'- ")).isEmpty();
    }

    /** The Java search form and the database's f_search_name agree on every commune name. */
    @Test
    void the_java_search_form_is_the_database_one_for_every_commune() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select name, public.f_search_name(name) from commune")
                .getResultList();

        assertThat(rows).hasSize(35_058).allSatisfy(row -> assertThat(SearchName.of((String) row[0]))
                .as((String) row[0]).isEqualTo(row[1]));
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> codes(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
