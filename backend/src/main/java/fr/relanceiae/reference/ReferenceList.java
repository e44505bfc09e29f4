package fr.relanceiae.reference;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

/**
 * A reference list as the API serves it: its items, their JSON written once (see {@link SerializedList})
 * and a strong entity tag derived from that JSON.
 */
public record ReferenceList<T>(List<T> items, EntityTag tag, SerializedList<T> body) {
}
