package fr.relanceiae.directory.search;

import java.util.List;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.profile.Activity;
import fr.relanceiae.reference.PrestaType;

/**
 * A structure as read from the database to be indexed: what is kept, and what only the index needs
 * ({@code withContact}: it has an e-mail, a phone or a website).
 */
record StructureSource(IndexedStructure indexed, String siren, String description, List<String> offerTitles,
        List<String> offerDescriptions, List<Activity> activities, boolean withContact) {

    record Activity(String sector, List<PrestaType> prestaTypes, GeoRange range, List<String> departments) {
    }
}
