package fr.relanceiae.supply.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.directory.profile.ActingStructure;
import fr.relanceiae.directory.profile.CallerStructures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.directory.profile.StructureRecipients;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.supply.order.SupplyOrderViews.EventView;
import fr.relanceiae.supply.order.SupplyOrderViews.LineView;
import fr.relanceiae.supply.order.SupplyOrderViews.OrderPage;
import fr.relanceiae.supply.order.SupplyOrderViews.OrderView;
import fr.relanceiae.supply.order.SupplyOrderViews.ShipmentView;
import fr.relanceiae.supply.order.SupplyOrderViews.ShippedLineView;
import fr.relanceiae.supply.order.SupplyOrderViews.Summary;
import fr.relanceiae.supply.product.Product;
import fr.relanceiae.supply.stock.MovementReason;
import fr.relanceiae.supply.stock.StockLedger;
import fr.relanceiae.supply.stock.StockLevel;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * A structure's orders through their life: written as drafts, submitted (what is in stock is
 * reserved at once, first come first served, the rest backordered), cancelled in whole or line by
 * line before they leave, shipped in one parcel or several, delivered. Stock only moves through the
 * {@link StockLedger}, under the products' row locks.
 */
@ApplicationScoped
public class SupplyOrderService {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String INVALID = "Certains champs sont invalides.";
    static final String NOT_FOUND = "Commande introuvable.";
    private static final ActingStructure.Messages ORDERING = new ActingStructure.Messages(
            "Choisissez la structure qui commande.", "Votre organisation n'a aucune structure active pour commander.",
            "Choisissez laquelle de vos structures commande.");

    private final CallerStructures access;
    private final StockLedger ledger;
    private final SupplyMails mails;

    public SupplyOrderService(CallerStructures access, StockLedger ledger, SupplyMails mails) {
        this.access = access;
        this.ledger = ledger;
        this.mails = mails;
    }

    @Transactional
    public OrderView create(SupplyOrderInput input) {
        Structure structure = orderingStructure(input.structureId());
        SupplyOrder order = new SupplyOrder();
        order.id = UUID.randomUUID();
        order.number = ((Number) SupplyOrder.getEntityManager()
                .createNativeQuery("SELECT nextval('supply_order_number_seq')").getSingleResult()).longValue();
        order.structure = structure;
        order.createdBy = access.userId();
        write(order, input);
        order.persist();
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.CREATED, access.userId(), null);
        return view(order);
    }

    @Transactional
    public OrderView update(UUID id, String ifMatch, SupplyOrderInput input) {
        SupplyOrder order = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, order.version);
        requireStatus(order, order.status == SupplyOrderStatus.DRAFT,
                "Seule une commande en brouillon se modifie ; l'adresse de livraison se change à part.");
        if (input.structureId() != null && !input.structureId().equals(order.structure.id)) {
            order.structure = orderingStructure(input.structureId());
        }
        write(order, input);
        order.linesChanged(Instant.now());
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.UPDATED, access.userId(), null);
        ETags.flush(SupplyOrder.getEntityManager());
        return view(order);
    }

    public OrderView get(UUID id) {
        return view(requireVisible(id, LockModeType.NONE));
    }

    public OrderPage list(SupplyOrderQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!access.actsForAll()) {
            where.append(" and structure.organisation.id = :organisation");
            parameters.and("organisation", access.organisationId());
        }
        if (query.status != null && !query.status.isEmpty()) {
            where.append(" and status in :statuses");
            parameters.and("statuses", Set.copyOf(query.status));
        }
        if (query.structureId != null) {
            where.append(" and structure.id = :structure");
            parameters.and("structure", query.structureId);
        }
        if (query.hasText()) {
            Long number = SupplyOrderQuery.orderNumber(query.q);
            if (number != null) {
                where.append(" and number = :number");
                parameters.and("number", number);
            } else {
                where.append(" and lower(structure.name) like :text escape '\\'");
                parameters.and("text", query.containsPattern());
            }
        }
        Sort sort = query.oldestFirst() ? Sort.by("submittedAt").and("createdAt").and("id")
                : Sort.by("createdAt", Sort.Direction.Descending).and("id");
        PanacheQuery<SupplyOrder> found = SupplyOrder.find(where.toString(), sort, parameters);
        Page<Summary> page = Page.fetch(found, query).map(Summary::of);
        return new OrderPage(page.items(), page.page(), page.size(), page.totalItems());
    }

    /**
     * DRAFT → SUBMITTED, then at once RESERVED, PARTIALLY_RESERVED or BACKORDERED: each line
     * takes what is available now, up to what it asks, under the product's row lock (so the sum
     * reserved never exceeds the stock, however many submit at once); the rest waits.
     *
     * <p>Every submission of a product queues on its row lock, held until the commit: so whatever
     * does not depend on the stock is done before the lock is taken (the checks, the structure's
     * recipients, the history the answer shows), and only what the stock decides after it (the
     * movements, the lines, the order, its event, the e-mail). Locks are taken as everywhere stock
     * moves, so that none waits on another in a cycle: the order first, then its products in id
     * order ({@link StockLedger#lock}), as cancellations, shipments and allocation runs do.
     */
    @Transactional
    public OrderView submit(UUID id) {
        SupplyOrder order = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(order, order.status == SupplyOrderStatus.DRAFT, "Cette commande est déjà envoyée.");
        requireComplete(order);
        UUID author = access.userId();
        List<String> recipients = StructureRecipients.recipients(order.structure);
        History history = History.read(order.id, author);
        // The products are locked from here to the commit. The time as the database keeps it (microseconds),
        // so that the answer says what reading the order back will.
        SupplyOrderEvent submitted = reserve(order, author, Instant.now().truncatedTo(ChronoUnit.MICROS));
        mails.orderSubmitted(order, recipients);
        ETags.flush(SupplyOrder.getEntityManager());
        return view(order, history.with(submitted));
    }

    /**
     * Submits a complete draft (locked by the caller): each line takes what is available, the rest
     * waits. Locks the order's products; answers the SUBMITTED event it records.
     */
    SupplyOrderEvent reserve(SupplyOrder order, UUID author, Instant now) {
        Map<UUID, StockLevel> stock = ledger.lock(order.lines.stream().map(line -> line.product.id).toList());
        for (SupplyOrderLine line : order.lines) {
            StockLevel level = stock.get(line.product.id);
            int taken = Math.min(line.quantity, level.available());
            if (taken > 0) {
                ledger.record(level, MovementReason.RESERVATION, taken, author, movement -> movement.orderLineId = line.id);
            }
            line.quantityReserved = taken;
            line.quantityBackordered = line.quantity - taken;
        }
        order.submittedAt = now;
        order.status = SupplyOrderStatus.SUBMITTED;
        order.settleStatus(now);
        return SupplyOrderEvent.record(order.id, SupplyOrderEventKind.SUBMITTED, author, outcome(order));
    }

    /** The whole order, before anything has left: its reservations return to stock. */
    @Transactional
    public OrderView cancel(UUID id) {
        SupplyOrder order = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(order, (order.status == SupplyOrderStatus.DRAFT || order.status.isOpen()) && !order.hasShipped(),
                "Une commande ne s'annule plus une fois un colis parti ; annulez les lignes qui restent.");
        Instant now = Instant.now();
        releaseLines(order, order.lines.stream().filter(line -> !line.isCancelled()).toList(), now, access.userId());
        order.status = SupplyOrderStatus.CANCELLED;
        order.cancelledAt = now;
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.CANCELLED, access.userId(), null);
        ETags.flush(SupplyOrder.getEntityManager());
        return view(order);
    }

    /** One line of a submitted order, before it ships: its reservation and backorder are released. */
    @Transactional
    public OrderView cancelLine(UUID id, UUID lineId) {
        SupplyOrder order = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        SupplyOrderLine line = order.lines.stream().filter(candidate -> candidate.id.equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Ligne introuvable dans cette commande."));
        requireStatus(order, order.status.isOpen(), "Seule une commande envoyée et pas encore expédiée a des lignes à annuler.");
        requireStatus(order, !line.isCancelled(), "Cette ligne est déjà annulée.");
        requireStatus(order, line.quantityShipped == 0, "Cette ligne est déjà partie, en tout ou en partie.");
        Instant now = Instant.now();
        releaseLines(order, List.of(line), now, access.userId());
        order.linesChanged(now);
        order.settleStatus(now);
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.LINE_CANCELLED, access.userId(), line.product.name);
        ETags.flush(SupplyOrder.getEntityManager());
        return view(order);
    }

    @Transactional
    public OrderView changeDelivery(UUID id, String ifMatch, DeliveryDetails delivery) {
        SupplyOrder order = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, order.version);
        requireStatus(order, order.status == SupplyOrderStatus.DRAFT || order.status.isOpen(),
                "L'adresse de livraison ne se change plus une fois la commande expédiée.");
        delivery.applyTo(order);
        if (order.status != SupplyOrderStatus.DRAFT) {
            requireComplete(order);
        }
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.DELIVERY_CHANGED, access.userId(),
                order.deliveryPostCode + " " + order.deliveryCity);
        ETags.flush(SupplyOrder.getEntityManager());
        return view(order);
    }

    /** A parcel leaves: at most what each line has reserved and not shipped yet (409 beyond). */
    @Transactional
    public OrderView ship(UUID id, ShipmentInput input) {
        SupplyOrder order = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(order, order.status.isOpen(), "Seule une commande envoyée et pas encore toute expédiée peut partir.");
        LocalDate today = LocalDate.now(PARIS);
        LocalDate shippedOn = input.shippedOn() == null ? today : input.shippedOn();
        if (shippedOn.isAfter(today)) {
            throw ProblemException.invalidField("shippedOn", "La date d'expédition ne peut pas être dans le futur.");
        }
        Map<UUID, SupplyOrderLine> lines = order.lines.stream().collect(Collectors.toMap(line -> line.id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.lines().size(); i++) {
            UUID lineId = input.lines().get(i).lineId();
            if (!lines.containsKey(lineId)) {
                errors.add(new FieldError("lines[" + i + "].lineId", "Cette ligne n'est pas dans la commande."));
            } else if (!seen.add(lineId)) {
                errors.add(new FieldError("lines[" + i + "].lineId", "Cette ligne est déjà dans l'envoi."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, INVALID, errors, Map.of());
        }
        for (int i = 0; i < input.lines().size(); i++) {
            ShipmentInput.Line shipped = input.lines().get(i);
            SupplyOrderLine line = lines.get(shipped.lineId());
            if (line.isCancelled() || shipped.quantity() > line.shippable()) {
                throw ProblemException.conflictOnField("lines[" + i + "].quantity", line.isCancelled()
                        ? "La ligne « " + line.product.name + " » est annulée."
                        : "Pour « " + line.product.name + " », " + line.shippable()
                                + " unité(s) seulement sont réservées et pas encore parties.");
            }
        }
        SupplyShipment shipment = dispatch(order, input.carrier(), input.trackingReference(), shippedOn,
                input.lines().stream().collect(Collectors.toMap(line -> lines.get(line.lineId()), ShipmentInput.Line::quantity,
                        Integer::sum, java.util.LinkedHashMap::new)), access.userId());
        mails.orderShipped(order, shipment);
        ETags.flush(SupplyOrder.getEntityManager());
        return view(order);
    }

    /** Records a parcel of a locked order (its quantities checked by the caller) and moves the stock out. */
    SupplyShipment dispatch(SupplyOrder order, String carrier, String trackingReference, LocalDate shippedOn,
            Map<SupplyOrderLine, Integer> units, UUID author) {
        SupplyShipment shipment = new SupplyShipment();
        shipment.id = UUID.randomUUID();
        shipment.orderId = order.id;
        shipment.carrier = carrier.strip();
        shipment.trackingReference = trackingReference == null || trackingReference.isBlank() ? null
                : trackingReference.strip();
        shipment.shippedOn = shippedOn;
        shipment.createdBy = author;
        shipment.createdAt = Instant.now();
        shipment.persist();
        Map<UUID, StockLevel> stock = ledger.lock(units.keySet().stream().map(line -> line.product.id).toList());
        units.forEach((line, quantity) -> {
            ledger.record(stock.get(line.product.id), MovementReason.SHIPMENT, -quantity, author, movement -> {
                movement.orderLineId = line.id;
                movement.shipmentId = shipment.id;
            });
            line.quantityShipped += quantity;
            shipment.lines.add(new SupplyShipment.ShippedUnits(line.id, quantity));
        });
        order.linesChanged(shipment.createdAt);
        order.settleStatus(shipment.createdAt);
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.SHIPPED, author, shipment.carrier
                + (shipment.trackingReference == null ? "" : " — " + shipment.trackingReference));
        return shipment;
    }

    @Transactional
    public OrderView deliver(UUID id) {
        SupplyOrder order = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(order, order.status == SupplyOrderStatus.SHIPPED, "Seule une commande toute expédiée peut être livrée.");
        order.status = SupplyOrderStatus.DELIVERED;
        order.deliveredAt = Instant.now();
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.DELIVERED, access.userId(), null);
        ETags.flush(SupplyOrder.getEntityManager());
        return view(order);
    }

    /** Gives back what these lines hold: their unshipped reservations return to stock, their backorders are dropped. */
    void releaseLines(SupplyOrder order, List<SupplyOrderLine> lines, Instant now, UUID author) {
        Map<UUID, StockLevel> stock = ledger.lock(lines.stream().filter(line -> line.shippable() > 0)
                .map(line -> line.product.id).toList());
        for (SupplyOrderLine line : lines) {
            if (line.shippable() > 0) {
                ledger.record(stock.get(line.product.id), MovementReason.RELEASE, -line.shippable(), author,
                        movement -> movement.orderLineId = line.id);
            }
            line.quantityReserved = line.quantityShipped;
            line.quantityBackordered = 0;
            if (order.status != SupplyOrderStatus.DRAFT) {
                line.cancelledAt = now;
            }
        }
    }

    /** The structure an order is for: the caller's own (the only one, or the one named), or any for a facilitator. */
    private Structure orderingStructure(UUID structureId) {
        return access.acting(structureId, ORDERING);
    }

    /** Writes a draft: its lines (active products, within their limits), delivery and comment. */
    private void write(SupplyOrder order, SupplyOrderInput input) {
        List<SupplyOrderLineInput> wanted = input.lines() == null ? List.of() : input.lines();
        Map<UUID, Product> products = Product.<Product>list("id in ?1",
                wanted.stream().map(SupplyOrderLineInput::productId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(product -> product.id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            SupplyOrderLineInput line = wanted.get(i);
            Product product = products.get(line.productId());
            if (product == null || !product.active) {
                errors.add(new FieldError("lines[" + i + "].productId", "Ce produit n'est pas (ou plus) proposé."));
            } else if (!seen.add(product.id)) {
                errors.add(new FieldError("lines[" + i + "].productId", "Ce produit est déjà dans la commande : "
                        + "changez plutôt sa quantité."));
            } else if (product.maxPerOrder != null && line.quantity() > product.maxPerOrder) {
                errors.add(new FieldError("lines[" + i + "].quantity", "Au plus " + product.maxPerOrder + " "
                        + product.unit + "(s) de « " + product.name + " » par commande."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, INVALID, errors, Map.of());
        }
        Map<UUID, SupplyOrderLine> existing = new HashMap<>();
        order.lines.forEach(line -> existing.put(line.product.id, line));
        List<SupplyOrderLine> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            SupplyOrderLineInput wish = wanted.get(i);
            SupplyOrderLine line = existing.get(wish.productId());
            if (line == null) {
                line = new SupplyOrderLine();
                line.id = UUID.randomUUID();
                line.order = order;
                line.product = products.get(wish.productId());
            }
            line.position = i;
            line.quantity = wish.quantity();
            lines.add(line);
        }
        order.lines.clear();
        order.lines.addAll(lines);
        if (input.delivery() != null) {
            input.delivery().applyTo(order);
        } else if (order.deliveryAddress == null && order.contactName == null) {
            Structure structure = order.structure;
            new DeliveryDetails(structure.address, structure.postCode, structure.city, structure.contactName,
                    structure.phone, structure.email).applyTo(order);
        }
        order.comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
    }

    /** What submitting needs, every missing field listed at once. */
    /**
     * The order if the caller sees it (a facilitator every one, a siae user those of its organisation's
     * structures), its row locked as asked until the transaction ends; else a 404.
     */
    private SupplyOrder requireVisible(UUID id, LockModeType lock) {
        return access.requireActsFor(SupplyOrder.<SupplyOrder>findById(id, lock), order -> order.structure, NOT_FOUND);
    }

    private static void requireComplete(SupplyOrder order) {
        List<FieldError> errors = new ArrayList<>();
        if (order.lines.isEmpty()) {
            errors.add(new FieldError("lines", "Ajoutez au moins un produit."));
        }
        order.lines.forEach(line -> {
            if (!line.product.active) {
                errors.add(new FieldError("lines[" + line.position + "].productId", "« " + line.product.name
                        + " » n'est plus proposé : retirez-le."));
            } else if (line.product.maxPerOrder != null && line.quantity > line.product.maxPerOrder) {
                errors.add(new FieldError("lines[" + line.position + "].quantity", "Au plus " + line.product.maxPerOrder
                        + " " + line.product.unit + "(s) de « " + line.product.name + " » par commande."));
            }
        });
        if (order.deliveryAddress == null) {
            errors.add(new FieldError("delivery.address", "L'adresse de livraison est obligatoire."));
        }
        if (order.deliveryPostCode == null) {
            errors.add(new FieldError("delivery.postCode", "Le code postal est obligatoire."));
        }
        if (order.deliveryCity == null) {
            errors.add(new FieldError("delivery.city", "La commune est obligatoire."));
        }
        if (order.contactName == null) {
            errors.add(new FieldError("delivery.contactName", "Indiquez qui recevra la livraison."));
        }
        if (order.contactPhone == null) {
            errors.add(new FieldError("delivery.contactPhone", "Un téléphone est obligatoire pour le transporteur."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "La commande n'est pas complète.", errors, Map.of());
        }
    }

    private static void requireStatus(SupplyOrder order, boolean allowed, String detail) {
        if (!allowed) {
            throw ProblemException.conflict(detail);
        }
    }

    private static String outcome(SupplyOrder order) {
        int reserved = order.lines.stream().mapToInt(line -> line.quantityReserved).sum();
        int backordered = order.lines.stream().mapToInt(line -> line.quantityBackordered).sum();
        return reserved + " réservée(s), " + backordered + " en attente";
    }

    OrderView view(SupplyOrder order) {
        return view(order, History.read(order.id, null));
    }

    /**
     * What an order's view shows besides the order and its lines: its events (oldest first), its
     * parcels, and the names of the events' authors.
     */
    private record History(List<SupplyOrderEvent> events, List<SupplyShipment> shipments, Map<UUID, String> names) {

        /** As stored now, with the name of {@code alsoAuthor} too (null: none), for an event still to come. */
        static History read(UUID orderId, UUID alsoAuthor) {
            List<SupplyOrderEvent> events = SupplyOrderEvent.list("orderId = ?1 order by id", orderId);
            List<SupplyShipment> shipments = SupplyShipment.list("orderId = ?1 order by createdAt, id", orderId);
            Set<UUID> authorIds = events.stream().map(event -> event.authorId).filter(author -> author != null)
                    .collect(Collectors.toCollection(HashSet::new));
            if (alsoAuthor != null) {
                authorIds.add(alsoAuthor);
            }
            Map<UUID, String> names = authorIds.isEmpty() ? Map.of()
                    : AppUser.<AppUser>list("id in ?1", authorIds).stream()
                            .collect(Collectors.toMap(user -> user.id, user -> user.displayName));
            return new History(events, shipments, names);
        }

        /** With an event recorded since it was read (its author's name read with it), last. */
        History with(SupplyOrderEvent event) {
            List<SupplyOrderEvent> all = new ArrayList<>(events);
            all.add(event);
            return new History(all, shipments, names);
        }
    }

    private static OrderView view(SupplyOrder order, History history) {
        return new OrderView(order.id, order.reference(), order.status, order.structure.id, order.structure.name,
                order.lines.stream().map(LineView::of).toList(), DeliveryDetails.of(order), order.comment,
                order.createdAt, order.submittedAt, order.shippedAt, order.deliveredAt, order.cancelledAt,
                history.shipments().stream().map(shipment -> new ShipmentView(shipment.id, shipment.carrier,
                        shipment.trackingReference, shipment.shippedOn, shipment.lines.stream()
                                .map(units -> new ShippedLineView(units.orderLineId, units.quantity)).toList()))
                        .toList(),
                history.events().stream().map(event -> new EventView(event.kind, event.detail,
                        event.authorId == null ? null : history.names().get(event.authorId), event.at)).toList(),
                order.version);
    }
}
