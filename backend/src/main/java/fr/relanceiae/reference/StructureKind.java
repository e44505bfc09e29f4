package fr.relanceiae.reference;

/**
 * The kinds of inclusion structures (SIAE and the disability sector). Their
 * labels and descriptions live in the {@code structure_kind} table
 * ({@code GET /api/v1/structure-kinds}); the constants equal its codes.
 */
public enum StructureKind {
    ACI, AI, EI, ETTI, EITI, GEIQ, EA, EATT, ESAT
}
