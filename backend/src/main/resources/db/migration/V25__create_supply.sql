-- Sanitary supplies (issue 11): products with their stock, the stock ledger, the
-- structures' orders with their shipments, and the allocation runs that share new
-- stock among backorders.
--
-- The stock of a product is the sum of its ledger (stock_movement). The product row
-- keeps the two running totals (on_hand, reserved) that every stock change updates
-- while it holds the row's lock, in the same transaction as the movement it appends:
-- the lock is what serialises concurrent submissions, and the checks below make an
-- oversold product impossible whatever the code does.

CREATE TABLE product (
    id            uuid PRIMARY KEY,
    sku           varchar(40)  NOT NULL,
    name          varchar(200) NOT NULL,
    unit          varchar(40)  NOT NULL,
    max_per_order integer      CHECK (max_per_order > 0),
    active        boolean      NOT NULL DEFAULT true,
    on_hand       integer      NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved      integer      NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    -- available = on_hand - reserved is never negative
    CHECK (reserved <= on_hand)
);
CREATE UNIQUE INDEX product_sku_key ON product (lower(sku));

-- Orders are numbered for people (« C-2026-00042 »): a sequence, never reused.
CREATE SEQUENCE supply_order_number_seq;

CREATE TABLE supply_order (
    id                 uuid PRIMARY KEY,
    number             bigint       NOT NULL DEFAULT nextval('supply_order_number_seq'),
    structure_id       uuid         NOT NULL REFERENCES structure (id),
    status             varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RESERVED',
                           'PARTIALLY_RESERVED', 'BACKORDERED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    delivery_address   varchar(300),
    delivery_post_code varchar(5)   CHECK (delivery_post_code ~ '^[0-9]{5}$'),
    delivery_city      varchar(100),
    contact_name       varchar(200),
    contact_phone      varchar(30),
    contact_email      varchar(254),
    comment            varchar(2000),
    created_by         uuid         REFERENCES app_user (id),
    submitted_at       timestamptz,
    shipped_at         timestamptz,
    delivered_at       timestamptz,
    cancelled_at       timestamptz,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    CHECK ((status = 'DRAFT') = (submitted_at IS NULL) OR status = 'CANCELLED')
);
CREATE UNIQUE INDEX supply_order_number_key ON supply_order (number);
CREATE INDEX supply_order_structure_idx ON supply_order (structure_id, created_at DESC);
CREATE INDEX supply_order_status_idx ON supply_order (status, created_at DESC);

CREATE TABLE supply_order_line (
    id                   uuid PRIMARY KEY,
    order_id             uuid        NOT NULL REFERENCES supply_order (id) ON DELETE CASCADE,
    position             integer     NOT NULL CHECK (position >= 0),
    product_id           uuid        NOT NULL REFERENCES product (id),
    quantity             integer     NOT NULL CHECK (quantity > 0),
    quantity_reserved    integer     NOT NULL DEFAULT 0 CHECK (quantity_reserved >= 0),
    quantity_backordered integer     NOT NULL DEFAULT 0 CHECK (quantity_backordered >= 0),
    quantity_shipped     integer     NOT NULL DEFAULT 0 CHECK (quantity_shipped >= 0),
    cancelled_at         timestamptz,
    CHECK (quantity_reserved + quantity_backordered <= quantity),
    CHECK (quantity_shipped <= quantity_reserved),
    UNIQUE (order_id, product_id)
);
-- The open backorders of a product, oldest submission first, for allocation runs.
CREATE INDEX supply_order_line_backorder_idx ON supply_order_line (product_id)
    WHERE quantity_backordered > 0 AND cancelled_at IS NULL;

-- Who did what to an order, for its timeline.
CREATE TABLE supply_order_event (
    id         bigserial PRIMARY KEY,
    order_id   uuid         NOT NULL REFERENCES supply_order (id) ON DELETE CASCADE,
    kind       varchar(30)  NOT NULL,
    detail     varchar(500),
    author_id  uuid         REFERENCES app_user (id),
    at         timestamptz  NOT NULL
);
CREATE INDEX supply_order_event_order_idx ON supply_order_event (order_id, id);

CREATE TABLE supply_shipment (
    id                 uuid PRIMARY KEY,
    order_id           uuid         NOT NULL REFERENCES supply_order (id),
    carrier            varchar(100) NOT NULL,
    tracking_reference varchar(100),
    shipped_on         date         NOT NULL,
    created_by         uuid         REFERENCES app_user (id),
    created_at         timestamptz  NOT NULL
);
CREATE INDEX supply_shipment_order_idx ON supply_shipment (order_id);

CREATE TABLE supply_shipment_line (
    shipment_id   uuid    NOT NULL REFERENCES supply_shipment (id) ON DELETE CASCADE,
    order_line_id uuid    NOT NULL REFERENCES supply_order_line (id),
    quantity      integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, order_line_id)
);

-- A proposal of how to share available stock among backorders; applied at most once.
CREATE TABLE allocation_run (
    id          uuid PRIMARY KEY,
    status      varchar(20)  NOT NULL CHECK (status IN ('PROPOSED', 'APPLIED')),
    product_ids uuid[]       NOT NULL DEFAULT '{}',
    created_by  uuid         REFERENCES app_user (id),
    created_at  timestamptz  NOT NULL,
    applied_by  uuid         REFERENCES app_user (id),
    applied_at  timestamptz,
    CHECK ((status = 'APPLIED') = (applied_at IS NOT NULL))
);

-- Per product: the stock the run shared (available when proposed) and how much it gave.
CREATE TABLE allocation_run_product (
    run_id     uuid    NOT NULL REFERENCES allocation_run (id) ON DELETE CASCADE,
    product_id uuid    NOT NULL REFERENCES product (id),
    available  integer NOT NULL CHECK (available >= 0),
    allocated  integer NOT NULL CHECK (allocated >= 0 AND allocated <= available),
    PRIMARY KEY (run_id, product_id)
);

-- Per backordered line: what it needed when proposed, its weight, and the units it gets.
CREATE TABLE allocation_run_line (
    run_id        uuid          NOT NULL REFERENCES allocation_run (id) ON DELETE CASCADE,
    order_line_id uuid          NOT NULL REFERENCES supply_order_line (id),
    product_id    uuid          NOT NULL REFERENCES product (id),
    need          integer       NOT NULL CHECK (need > 0),
    weight        numeric(10, 2) NOT NULL CHECK (weight > 0),
    units         integer       NOT NULL CHECK (units >= 0 AND units <= need),
    PRIMARY KEY (run_id, order_line_id)
);

-- The ledger: append-only. quantity is the signed change of the total its reason
-- moves: RECEIPT, ADJUSTMENT and SHIPMENT change on_hand (a shipment, negative, also
-- consumes the reserved units it takes); RESERVATION (positive) and RELEASE
-- (negative) change reserved. So, per product:
--   on_hand  = sum(quantity) over RECEIPT, ADJUSTMENT, SHIPMENT
--   reserved = sum(quantity) over RESERVATION, RELEASE, SHIPMENT
-- on_hand_after and reserved_after are the product's totals once the movement is made.
CREATE TABLE stock_movement (
    id                bigserial PRIMARY KEY,
    product_id        uuid         NOT NULL REFERENCES product (id),
    reason            varchar(20)  NOT NULL CHECK (reason IN ('RECEIPT', 'RESERVATION', 'RELEASE',
                          'ADJUSTMENT', 'SHIPMENT')),
    quantity          integer      NOT NULL CHECK (quantity <> 0),
    on_hand_after     integer      NOT NULL CHECK (on_hand_after >= 0),
    reserved_after    integer      NOT NULL CHECK (reserved_after >= 0 AND reserved_after <= on_hand_after),
    order_line_id     uuid         REFERENCES supply_order_line (id),
    shipment_id       uuid         REFERENCES supply_shipment (id),
    allocation_run_id uuid         REFERENCES allocation_run (id),
    -- a receipt's origin (« Don de la Région »…)
    source            varchar(200),
    comment           varchar(1000),
    author_id         uuid         REFERENCES app_user (id),
    created_at        timestamptz  NOT NULL,
    CHECK (reason <> 'ADJUSTMENT' OR comment IS NOT NULL),
    CHECK (reason <> 'RECEIPT' OR (quantity > 0 AND source IS NOT NULL)),
    CHECK (reason NOT IN ('RESERVATION', 'RELEASE', 'SHIPMENT') OR order_line_id IS NOT NULL),
    CHECK (reason <> 'RESERVATION' OR quantity > 0),
    CHECK (reason NOT IN ('RELEASE', 'SHIPMENT') OR quantity < 0)
);
CREATE INDEX stock_movement_product_idx ON stock_movement (product_id, id DESC);
CREATE INDEX stock_movement_line_idx ON stock_movement (order_line_id) WHERE order_line_id IS NOT NULL;
