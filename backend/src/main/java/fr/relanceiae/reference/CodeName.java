package fr.relanceiae.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of a reference list with a code and a name (labels, networks). */
@Schema(name = "CodeName")
public record CodeName(@Schema(required = true) String code, @Schema(required = true) String name) {
}
