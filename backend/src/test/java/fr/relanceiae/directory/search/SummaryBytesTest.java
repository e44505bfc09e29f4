package fr.relanceiae.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/** A structure written into its document's bytes and read back is the same, every field set or none. */
class SummaryBytesTest {

    private static IndexedStructure readBack(IndexedStructure structure) {
        return SummaryBytes.read(SummaryBytes.of(structure), structure.searchXid());
    }

    @Test
    void every_field_set_comes_back_as_it_was() {
        UUID id = UUID.randomUUID();
        StructureSummary summary = new StructureSummary(id, "12345678900012", "Régie de quartier « Les Lilas »",
                "Lilas Propreté", StructureKind.ACI, "93260", "Les Lilas", "93", 48.8799, 2.4163,
                new BigDecimal("12.50"), List.of("nettoyage", "espaces-verts"), List.of(PrestaType.GOODS, PrestaType.SERVICE),
                List.of("qualiopi"), List.of("coorace", "chantier-ecole"), 3, true, 85, null);
        IndexedStructure structure = new IndexedStructure(summary, IndexedStructure.nameOrder("regie de quartier", id), "4711");

        IndexedStructure back = readBack(structure);

        assertThat(back).isEqualTo(structure);
        assertThat(back.summary().insertionFte()).isEqualByComparingTo("12.50").hasToString("12.50");
    }

    @Test
    void optional_fields_left_empty_stay_empty() {
        UUID id = UUID.randomUUID();
        StructureSummary summary = new StructureSummary(id, "12345678900012", "Atelier", null, StructureKind.ESAT, null,
                null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), 0, false, 0, null);
        IndexedStructure structure = new IndexedStructure(summary, IndexedStructure.nameOrder("atelier", id), "3");

        assertThat(readBack(structure)).isEqualTo(structure);
    }
}
