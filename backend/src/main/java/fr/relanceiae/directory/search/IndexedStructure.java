package fr.relanceiae.directory.search;

import java.util.UUID;


/**
 * A structure as the search keeps it in memory between searches: its summary
 * (what a result shows) and what ordering by name reads. {@code nameOrder} sorts
 * like SQL's {@code order by sort_name, id} (the name's search form, then the id
 * as text); {@code searchXid} is the transaction that last changed it (see V12).
 * The searched text and the values the facets count are only in the Lucene index.
 */
record IndexedStructure(StructureSummary summary, String nameOrder, String searchXid) {

    static String nameOrder(String sortName, UUID id) {
        return sortName + '\u0000' + id; // search forms hold no control character: the name decides first
    }
}
