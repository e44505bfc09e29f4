package fr.relanceiae.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The Java and SQL forms of the coverage predicate give the same answer in every case. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class CoverageAgreementTest {

    @Inject
    EntityManager entityManager;

    @Test
    void the_java_and_sql_forms_of_the_coverage_predicate_agree() {
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        for (GeoRange range : GeoRange.values()) {
            for (List<String> activityDepartments : List.of(List.<String>of(), List.of("93"), List.of("93", "2A"))) {
                for (String located : new String[] { "93", "94", null }) {
                    for (String department : List.of("93", "94", "2A")) {
                        for (boolean nationwide : new boolean[] { true, false }) {
                            boolean java = Coverage.serves(range, activityDepartments, located, department, nationwide);
                            boolean sql = (Boolean) entityManager.createNativeQuery("select coalesce(" + Coverage.SQL
                                    + ", false) from (select cast(:range as varchar) as geo_range,"
                                    + " string_to_array(cast(:departments as text), ',') as geo_departments) a,"
                                    + " (select cast(nullif(:located, '') as varchar) as department) s")
                                    .setParameter("range", range.name())
                                    .setParameter("departments", String.join(",", activityDepartments))
                                    .setParameter("located", located == null ? "" : located)
                                    .setParameter("department", department)
                                    .setParameter("includeNationwide", nationwide)
                                    .getSingleResult();
                            cases++;
                            if (java != sql) {
                                disagreements.add(range + " " + activityDepartments + " located " + located + " serves "
                                        + department + " (nationwide " + nationwide + "): java " + java + ", sql " + sql);
                            }
                        }
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(162);
        assertThat(disagreements).isEmpty();
    }
}
