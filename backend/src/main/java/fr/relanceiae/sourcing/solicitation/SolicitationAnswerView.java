package fr.relanceiae.sourcing.solicitation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A structure's answer to a solicitation. {@code INTERESTED} carries the message, and
 * optionally a quote, a monthly capacity and co-contracting partners; {@code DECLINED}
 * carries its reason only.
 */
@Schema(name = "SolicitationAnswerView")
public record SolicitationAnswerView(
        @Schema(required = true) SolicitationDecision decision,
        String message,
        @Schema(description = "Euros") BigDecimal quoteAmount,
        @Schema(description = "What the structure can take on per month, in its own words") String monthlyCapacity,
        @Schema(required = true, description = "Structures it would answer with (co-contracting)") List<UUID> partnerStructureIds,
        @Schema(required = true, description = "Their names, in the order of partnerStructureIds") List<String> partnerStructureNames,
        String declineReason) {
}
