package fr.relanceiae.sourcing.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the solicitations of a request stand (removed ones left out): zeros before publishing. */
@Schema(name = "SolicitationCounts")
public record SolicitationCounts(
        @Schema(required = true, description = "Structures solicited") long solicited,
        @Schema(required = true) long interested,
        @Schema(required = true) long declined,
        @Schema(required = true, description = "Solicited, no answer yet (sent or viewed)") long notAnswered,
        @Schema(required = true, description = "Solicited structures with no user and no contact e-mail: to be called")
        long unreachable) {

    public static final SolicitationCounts NONE = new SolicitationCounts(0, 0, 0, 0, 0);
}
