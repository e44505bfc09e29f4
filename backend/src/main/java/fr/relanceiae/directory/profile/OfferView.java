package fr.relanceiae.directory.profile;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.PrestaType;

@Schema(name = "OfferView")
public record OfferView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        String description,
        @Schema(required = true) String sector,
        @Schema(required = true) PrestaType prestaType,
        String unit,
        BigDecimal priceMin,
        BigDecimal priceMax,
        Integer monthlyCapacity,
        @Schema(required = true, description = "Also sent as the ETag") long version) {

    static OfferView of(Offer offer) {
        return new OfferView(offer.id, offer.title, offer.description, offer.sector, offer.prestaType, offer.unit,
                offer.priceMin, offer.priceMax, offer.monthlyCapacity, offer.version);
    }
}
