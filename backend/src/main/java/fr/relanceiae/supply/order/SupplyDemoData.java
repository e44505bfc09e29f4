package fr.relanceiae.supply.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.demo.DemoDataContributor;
import fr.relanceiae.demo.DirectoryDemoData;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.supply.product.Product;
import fr.relanceiae.supply.stock.MovementReason;
import fr.relanceiae.supply.stock.StockLedger;

/**
 * The supplies of the demo: four products with stock received (and one no longer offered), orders
 * of the demo structure in every status a person meets (a draft, reserved, partly reserved, waiting
 * for stock, shipped, delivered, cancelled), and FFP2 masks short: orders of several structures
 * wait for them while new stock has just come in, so that an allocation run can be tried at once.
 * Orders go through the same steps as in the app (reservation under the ledger, shipments), without
 * e-mails. Idempotent: nothing is added once the first product exists.
 */
@ApplicationScoped
public class SupplyDemoData implements DemoDataContributor {

    static final String FFP2_SKU = "MASQ-FFP2-20";

    private final SupplyOrderService orders;
    private final StockLedger ledger;

    public SupplyDemoData(SupplyOrderService orders, StockLedger ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute() {
        if (Product.count("lower(sku) = lower(?1)", FFP2_SKU) > 0) {
            return;
        }
        AppUser facilitator = AppUser.findByEmail(DemoAccounts.FACILITATOR).orElse(null);
        AppUser siaeUser = AppUser.findByEmail(DemoAccounts.SIAE).orElse(null);
        Structure demo = Structure.<Structure>find("siret", DirectoryDemoData.DEMO_SIAE_SIRET).firstResult();
        List<Structure> others = Structure.<Structure>find("active = true and siret <> ?1 and insertionFte is not null "
                + "order by siret", DirectoryDemoData.DEMO_SIAE_SIRET).page(0, 5).list();
        if (facilitator == null || siaeUser == null || demo == null || others.size() < 5) {
            return;
        }
        UUID staff = facilitator.id;
        UUID siae = siaeUser.id;

        Product surgical = product("MASQ-CHIR-50", "Masque chirurgical type IIR — boîte de 50", "boîte", 40, true);
        Product ffp2 = product(FFP2_SKU, "Masque FFP2 — boîte de 20", "boîte", 10, true);
        Product gloves = product("GANT-NIT-M-100", "Gants nitrile taille M — boîte de 100", "boîte", 20, true);
        Product gel = product("GEL-HA-500", "Gel hydroalcoolique 500 ml", "flacon", 30, true);
        product("VISIERE-1", "Visière de protection", "pièce", 10, false);
        receive(surgical, 600, "Don de la Région Île-de-France", staff);
        receive(ffp2, 30, "Don de la préfecture", staff);
        receive(gloves, 200, "Achat du réseau", staff);
        receive(gel, 150, "Don d'une entreprise du territoire", staff);

        // What the demo structure has already been through.
        SupplyOrder delivered = submitted(demo, siae, Map.of(gloves, 10, surgical, 20));
        ship(delivered, staff, "La Poste Colissimo", "6A12345678901");
        delivered.status = SupplyOrderStatus.DELIVERED;
        delivered.deliveredAt = Instant.now();
        SupplyOrderEvent.record(delivered.id, SupplyOrderEventKind.DELIVERED, staff, null);
        ship(submitted(demo, siae, Map.of(gel, 12)), staff, "Coursiers Solidaires", null);
        submitted(demo, siae, Map.of(surgical, 10));
        SupplyOrder cancelled = submitted(demo, siae, Map.of(gel, 5));
        orders.releaseLines(cancelled, cancelled.lines, Instant.now(), siae);
        cancelled.status = SupplyOrderStatus.CANCELLED;
        cancelled.cancelledAt = Instant.now();
        SupplyOrderEvent.record(cancelled.id, SupplyOrderEventKind.CANCELLED, siae, null);
        draft(demo, siae, Map.of(gloves, 4));

        // FFP2 masks run out: three structures take the 30 boxes, then orders wait…
        for (int i = 0; i < 3; i++) {
            submitted(others.get(i), staff, Map.of(ffp2, 10));
        }
        submitted(demo, siae, Map.of(ffp2, 10, gloves, 5)); // partly reserved: the gloves
        submitted(demo, siae, Map.of(ffp2, 6)); // waiting for stock
        submitted(others.get(3), staff, Map.of(ffp2, 8));
        submitted(others.get(4), staff, Map.of(ffp2, 10));
        // …and 15 boxes have just come in: 34 are waiting, an allocation run shares them.
        receive(ffp2, 15, "Achat groupé du réseau", staff);
    }

    private static Product product(String sku, String name, String unit, int maxPerOrder, boolean active) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.sku = sku;
        product.name = name;
        product.unit = unit;
        product.maxPerOrder = maxPerOrder;
        product.active = active;
        product.persist();
        return product;
    }

    private void receive(Product product, int quantity, String source, UUID author) {
        Product.getEntityManager().flush();
        ledger.record(ledger.lock(List.of(product.id)).get(product.id), MovementReason.RECEIPT, quantity, author,
                receipt -> receipt.source = source);
    }

    private SupplyOrder draft(Structure structure, UUID author, Map<Product, Integer> quantities) {
        SupplyOrder order = new SupplyOrder();
        order.id = UUID.randomUUID();
        order.number = ((Number) SupplyOrder.getEntityManager()
                .createNativeQuery("SELECT nextval('supply_order_number_seq')").getSingleResult()).longValue();
        order.structure = structure;
        order.createdBy = author;
        order.deliveryAddress = structure.address == null ? "1 place de la Mairie" : structure.address;
        order.deliveryPostCode = structure.postCode == null ? "93100" : structure.postCode;
        order.deliveryCity = structure.city == null ? "Montreuil" : structure.city;
        order.contactName = structure.contactName == null ? "Accueil" : structure.contactName;
        order.contactPhone = structure.phone == null ? "01 48 70 60 00" : structure.phone;
        order.contactEmail = structure.email;
        int position = 0;
        for (Map.Entry<Product, Integer> wanted : new LinkedHashMap<>(quantities).entrySet()) {
            SupplyOrderLine line = new SupplyOrderLine();
            line.id = UUID.randomUUID();
            line.order = order;
            line.position = position++;
            line.product = wanted.getKey();
            line.quantity = wanted.getValue();
            order.lines.add(line);
        }
        order.persist();
        SupplyOrderEvent.record(order.id, SupplyOrderEventKind.CREATED, author, null);
        return order;
    }

    private SupplyOrder submitted(Structure structure, UUID author, Map<Product, Integer> quantities) {
        SupplyOrder order = draft(structure, author, quantities);
        SupplyOrder.getEntityManager().flush();
        orders.reserve(order, author, Instant.now());
        SupplyOrder.getEntityManager().flush();
        return order;
    }

    /** Everything reserved leaves in one parcel. */
    private void ship(SupplyOrder order, UUID author, String carrier, String tracking) {
        Map<SupplyOrderLine, Integer> units = new LinkedHashMap<>();
        order.lines.stream().filter(line -> line.shippable() > 0).forEach(line -> units.put(line, line.shippable()));
        orders.dispatch(order, carrier, tracking, LocalDate.now(SupplyOrderService.PARIS), units, author);
        SupplyOrder.getEntityManager().flush();
    }
}
