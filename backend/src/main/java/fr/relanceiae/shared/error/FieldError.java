package fr.relanceiae.shared.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field: its path in the request (e.g. {@code email}, {@code items[0].name}) and why. */
@Schema(name = "FieldError")
public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {
}
