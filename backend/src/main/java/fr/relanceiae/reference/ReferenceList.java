package fr.relanceiae.reference;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

/**
 * A reference list as the API serves it: its items, and their JSON written once (see {@link SerializedList})
 * in two representations, as it is and gzipped (for the clients that accept it: every browser), each with a
 * strong entity tag of its own (a strong tag names one representation's bytes).
 */
public record ReferenceList<T>(List<T> items, Representation<T> plain, Representation<T> gzipped) {

    /** The bytes sent and their tag. */
    public record Representation<T>(EntityTag tag, SerializedList<T> body) {
    }
}
