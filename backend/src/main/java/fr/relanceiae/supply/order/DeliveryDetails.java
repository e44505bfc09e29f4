package fr.relanceiae.supply.order;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an order goes and whom the carrier calls: in an order's input and view alike. A draft may
 * leave parts out; submitting needs all but the e-mail.
 */
@Schema(name = "DeliveryDetails")
public record DeliveryDetails(
        @Schema(maxLength = 300, example = "12 rue de la Paix") @Size(max = 300) String address,
        @Schema(maxLength = 5, example = "93100") @Pattern(regexp = "^[0-9]{5}$", message = "code postal à 5 chiffres") String postCode,
        @Schema(maxLength = 100, example = "Montreuil") @Size(max = 100) String city,
        @Schema(maxLength = 200) @Size(max = 200) String contactName,
        @Schema(maxLength = 30) @Size(max = 30) @Pattern(regexp = "^[0-9+() .-]{6,30}$",
                message = "numéro de téléphone invalide") String contactPhone,
        @Schema(maxLength = 254) @Size(max = 254) @Email(message = "adresse e-mail invalide") String contactEmail) {

    static DeliveryDetails of(SupplyOrder order) {
        return new DeliveryDetails(order.deliveryAddress, order.deliveryPostCode, order.deliveryCity, order.contactName,
                order.contactPhone, order.contactEmail);
    }

    void applyTo(SupplyOrder order) {
        order.deliveryAddress = blankToNull(address);
        order.deliveryPostCode = blankToNull(postCode);
        order.deliveryCity = blankToNull(city);
        order.contactName = blankToNull(contactName);
        order.contactPhone = blankToNull(contactPhone);
        order.contactEmail = blankToNull(contactEmail);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
