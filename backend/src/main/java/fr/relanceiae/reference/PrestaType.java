package fr.relanceiae.reference;

/**
 * How a structure works for its clients. Labels live in the {@code presta_type}
 * table ({@code GET /api/v1/presta-types}); the constants equal its codes.
 */
public enum PrestaType {
    SERVICE, STAFFING, GOODS
}
