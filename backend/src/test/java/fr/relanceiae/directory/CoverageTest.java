package fr.relanceiae.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void a_departments_range_serves_the_listed_departments_only() {
        assertThat(Coverage.serves(GeoRange.DEPARTMENTS, List.of("93", "94"), "75", "94", true)).isTrue();
        assertThat(Coverage.serves(GeoRange.DEPARTMENTS, List.of("93", "94"), "75", "75", true)).isFalse();
    }

    @Test
    void a_radius_range_serves_the_department_where_the_structure_is() {
        assertThat(Coverage.serves(GeoRange.RADIUS, List.of(), "93", "93", true)).isTrue();
        assertThat(Coverage.serves(GeoRange.RADIUS, List.of(), "93", "92", true)).isFalse();
    }

    @Test
    void a_country_range_serves_every_department_unless_nationwide_is_left_out() {
        assertThat(Coverage.serves(GeoRange.COUNTRY, List.of(), "13", "95", true)).isTrue();
        assertThat(Coverage.serves(GeoRange.COUNTRY, List.of(), "13", "95", false)).isFalse();
    }
}
