package fr.relanceiae.directory;

/** Orders of the directory search; lower case, as they appear in the query string. */
public enum StructureSort {
    relevance, distance, name
}
