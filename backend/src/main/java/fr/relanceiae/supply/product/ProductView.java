package fr.relanceiae.supply.product;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductView", description = "A product with its stock: available = onHand − reserved")
public record ProductView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String sku,
        @Schema(required = true) String name,
        @Schema(required = true) String unit,
        Integer maxPerOrder,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Units in stock, reserved or not") int onHand,
        @Schema(required = true, description = "Units promised to orders and not shipped yet") int reserved,
        @Schema(required = true, description = "Units that can be reserved now") int available,
        @Schema(required = true, description = "Units asked by submitted orders and waiting for stock") long backordered,
        @Schema(required = true) long version) {

    static ProductView of(Product product, long backordered) {
        return new ProductView(product.id, product.sku, product.name, product.unit, product.maxPerOrder, product.active,
                product.onHand, product.reserved, product.onHand - product.reserved, backordered, product.version);
    }
}
