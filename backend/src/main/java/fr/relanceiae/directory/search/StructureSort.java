package fr.relanceiae.directory.search;

/**
 * Orders of the directory search; lower case, as they appear in the query string. Ties are
 * broken by name: {@code completeness} is the profile's completion rate, most complete first.
 */
public enum StructureSort {
    relevance, distance, name, completeness
}
