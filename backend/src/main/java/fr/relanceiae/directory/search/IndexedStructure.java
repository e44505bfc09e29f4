package fr.relanceiae.directory.search;

import java.util.List;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.StructureSummary;
import fr.relanceiae.reference.PrestaType;

/**
 * A structure as the search index holds it: its summary (what a result shows)
 * and what is searched. {@code searchXid} is the transaction that last changed it
 * (see V12); {@code departmentIndex} and {@code groupIndexes} number its location
 * and sector groups in {@link SearchReferences}, for the facets.
 */
record IndexedStructure(StructureSummary summary, String siren, String sortName, String description,
        List<String> offerTitles, List<String> offerDescriptions, List<Activity> activities, String searchXid,
        int departmentIndex, int[] groupIndexes) {

    record Activity(String sector, List<PrestaType> prestaTypes, GeoRange range, List<String> departments) {
    }
}
