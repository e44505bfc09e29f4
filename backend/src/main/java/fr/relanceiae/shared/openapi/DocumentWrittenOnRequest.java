package fr.relanceiae.shared.openapi;

import org.eclipse.microprofile.openapi.OASFilter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Changes nothing in the document: its presence alone has Quarkus write {@code /q/openapi}
 * when it is asked for. Without a per-request filter, Quarkus 3.33 writes the whole document
 * in JSON and in YAML at each start, whether anyone reads it or not: 0.4 s on the main thread
 * of a restart, and as much again compiling the YAML writer (backend/bench/RESULTS.md,
 * "Restart"). Quarkus 3.36 and later write it lazily by themselves; this class can then go.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class DocumentWrittenOnRequest implements OASFilter {
}
