package fr.relanceiae.supply.order;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Role;
import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.shared.outbox.MailLayout;
import fr.relanceiae.shared.outbox.Outbox;
import fr.relanceiae.shared.outbox.OutgoingMail;
import fr.relanceiae.shared.web.PublicUrl;

/**
 * The supply e-mails, written to the outbox in the transaction of the change that causes them:
 * to the ordering structure when its order is reserved (wholly, partly or not yet), allocated or
 * shipped; to the facilitators when stock arrives for products with backorders.
 */
@ApplicationScoped
public class SupplyMails {

    private final Outbox outbox;
    private final PublicUrl publicUrl;

    public SupplyMails(Outbox outbox, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    /**
     * To the structure, once its submitted order is reserved (or not): to these recipients, looked up
     * by the caller ({@link StructureRecipients#recipients(fr.relanceiae.directory.profile.Structure)})
     * before it locked the stock, so that the lookup is not done while others wait for the products.
     */
    void orderSubmitted(SupplyOrder order, List<String> recipients) {
        String what = switch (order.status) {
            case RESERVED -> "Tout ce que vous avez demandé est réservé pour vous ; nous vous écrirons à l'expédition.";
            case PARTIALLY_RESERVED -> "Une partie de votre demande est réservée pour vous. Le reste attend du stock : "
                    + "il vous sera réparti dès qu'il arrivera, équitablement entre les structures qui l'attendent.";
            default -> "Le stock manque pour l'instant : votre demande attend. Elle vous sera servie dès l'arrivée de "
                    + "stock, réparti équitablement entre les structures qui l'attendent.";
        };
        String subject = switch (order.status) {
            case RESERVED -> "Commande " + order.reference() + " réservée";
            case PARTIALLY_RESERVED -> "Commande " + order.reference() + " réservée en partie";
            default -> "Commande " + order.reference() + " en attente de stock";
        };
        toStructure(order.id, order.reference(), order.structure.name, recipients, subject, what);
    }

    /** One order's share of an allocation run, for the structure's e-mail. */
    public record AllocatedOrder(UUID orderId, String reference, int units) {
    }

    /**
     * After an allocation run gave a structure's orders some of what they waited for: one e-mail per
     * structure and run, whatever the number of its orders, written but not enqueued (the run does it
     * with {@link #enqueue}). From values, not entities: a run reaches thousands of orders. Touches
     * neither the database nor the request, so it may run on another thread.
     */
    public List<OutgoingMail> structuresAllocated(List<StructureAllocated> structures) {
        return structures.stream().flatMap(structure -> allocatedMails(structure).stream()).toList();
    }

    /**
     * Puts e-mails written apart (an allocation run's, written while the database applies it) in the
     * outbox, in the current transaction.
     */
    public void enqueue(List<OutgoingMail> mails) {
        outbox.enqueueAll(mails);
    }

    /** A structure given units by a run: its name, who hears of it, and its orders with their units. */
    public record StructureAllocated(String structureName, List<String> recipients, List<AllocatedOrder> orders) {
    }

    private List<OutgoingMail> allocatedMails(StructureAllocated structure) {
        List<AllocatedOrder> orders = structure.orders();
        StringBuilder lines = new StringBuilder();
        orders.forEach(order -> lines.append("\n- commande ").append(order.reference()).append(" : ")
                .append(order.units()).append(" unité(s) de plus réservée(s)"));
        String link = orders.size() == 1 ? publicUrl.of("/fournitures/commandes/" + orders.get(0).orderId()).toString()
                : publicUrl.of("/fournitures/commandes").toString();
        MailLayout layout = MailLayout.greeting(null)
                .paragraph("Du stock arrivé récemment a été réparti entre les structures qui l'attendaient. Pour « "
                        + structure.structureName() + " » :" + lines)
                .paragraph("Ces unités vous sont réservées ; nous vous écrirons à l'expédition.")
                .action(orders.size() == 1 ? "Voir la commande" : "Voir vos commandes", link);
        String subject = orders.size() == 1 ? "Commande " + orders.get(0).reference() + " : du stock vous est attribué"
                : orders.size() + " commandes : du stock vous est attribué";
        return structure.recipients().stream()
                .map(address -> OutgoingMail.to(address).subject(subject).body(layout)).toList();
    }

    void orderShipped(SupplyOrder order, SupplyShipment shipment) {
        String tracking = shipment.trackingReference == null ? ""
                : " (suivi : " + shipment.trackingReference + ")";
        String rest = order.status == SupplyOrderStatus.SHIPPED ? "Votre commande est entièrement expédiée."
                : "Le reste de votre commande suivra dans un autre envoi.";
        toStructure(order, "Commande " + order.reference() + " expédiée",
                "Un colis est parti par " + shipment.carrier + tracking + ". " + rest);
    }

    /** Stock received for a product some orders wait for: the facilitators may run an allocation. */
    public void stockReceivedForBackorders(String productName, int received, long backordered) {
        String link = publicUrl.of("/fournitures/repartition").toString();
        List<String> to = AppUser.<AppUser>list("role = ?1 and active = true and organisation.active = true",
                Role.facilitator).stream().map(user -> user.email).distinct().toList();
        MailLayout layout = MailLayout.greeting(null)
                .paragraph(received + " unité(s) de « " + productName + " » viennent d'arriver, et " + backordered
                        + " unité(s) sont attendues par des commandes en attente.")
                .action("Lancer une répartition", link);
        to.forEach(address -> outbox.enqueue(OutgoingMail.to(address)
                .subject("Stock reçu pour des commandes en attente : " + productName).body(layout)));
    }

    private void toStructure(SupplyOrder order, String subject, String paragraph) {
        toStructure(order.id, order.reference(), order.structure.name, StructureRecipients.recipients(order.structure),
                subject, paragraph);
    }

    private void toStructure(UUID orderId, String reference, String structureName, List<String> recipients,
            String subject, String paragraph) {
        String link = publicUrl.of("/fournitures/commandes/" + orderId).toString();
        MailLayout layout = MailLayout.greeting(null)
                .paragraph("Commande " + reference + " de « " + structureName + " » : " + paragraph)
                .action("Voir la commande", link);
        recipients.forEach(address -> outbox.enqueue(OutgoingMail.to(address).subject(subject).body(layout)));
    }
}
