package fr.relanceiae.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of a directory reference list (labels, networks). */
@Schema(name = "CodeName")
public record CodeName(@Schema(required = true) String code, @Schema(required = true) String name) {
}
