package fr.relanceiae.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommuneCentresTest {

    private static CommuneView commune(String insee, String department, Double lat, Double lon) {
        return new CommuneView(insee, "Commune " + insee, department, List.of(), lat, lon);
    }

    private static final CommuneView PARIS = commune("75056", "75", 48.8566, 2.3522);
    private static final CommuneView MONTREUIL = commune("93048", "93", 48.8638, 2.4485);
    private static final CommuneView MARSEILLE = commune("13055", "13", 43.2965, 5.3698);

    @Test
    void finds_the_commune_whose_centre_is_nearest() {
        CommuneCentres centres = new CommuneCentres(List.of(PARIS, MONTREUIL, MARSEILLE));

        assertEquals("93048", centres.nearest(48.87, 2.46).orElseThrow().inseeCode());
        assertEquals("75056", centres.nearest(48.85, 2.33).orElseThrow().inseeCode());
        assertEquals("13055", centres.nearest(43.0, 5.0).orElseThrow().inseeCode());
    }

    @Test
    void weighs_longitude_by_latitude_as_a_map_does() {
        // 0.1° of longitude at 60° north is half as far as 0.1° of latitude: east is nearer.
        CommuneView north = commune("00002", "02", 60.1, 10.0);
        CommuneView east = commune("00001", "01", 60.0, 10.15);
        CommuneCentres centres = new CommuneCentres(List.of(north, east));

        assertEquals("00001", centres.nearest(60.0, 10.0).orElseThrow().inseeCode());
    }

    @Test
    void leaves_out_communes_without_coordinates_and_breaks_ties_by_insee_code() {
        CommuneView unlocated = commune("00000", "00", null, null);
        CommuneView second = commune("93002", "93", 48.0, 2.0);
        CommuneView first = commune("93001", "93", 48.0, 2.0);
        CommuneCentres centres = new CommuneCentres(List.of(unlocated, second, first));

        assertEquals("93001", centres.nearest(48.0, 2.0).orElseThrow().inseeCode());
        assertTrue(new CommuneCentres(List.of(unlocated)).nearest(48.0, 2.0).isEmpty());
    }
}
