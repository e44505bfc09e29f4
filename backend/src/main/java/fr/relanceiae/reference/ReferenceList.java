package fr.relanceiae.reference;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

/** A reference list as the API serves it, with a strong entity tag derived from its content. */
public record ReferenceList<T>(List<T> items, EntityTag tag) {
}
