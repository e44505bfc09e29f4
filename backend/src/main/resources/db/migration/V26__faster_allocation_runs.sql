-- Allocation runs at scale (issue 11: 10,000 backordered orders × 20 products, 200,000 lines).
-- Measured on PostgreSQL 15, 2 cores, 200,000 lines (backend/bench/RESULTS.md, « Supplies »):

-- 1. One ledger movement per product and run, not one per line. The run's lines
--    (allocation_run_line, which the movement names) say which line got what; a product's
--    ledger stays readable (one « Réservation » per run instead of thousands), and an apply
--    writes 20 movements instead of 200,000. Any other RESERVATION still names its line.
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_check3;
ALTER TABLE stock_movement ADD CONSTRAINT stock_movement_line_check CHECK (
    order_line_id IS NOT NULL
    OR reason NOT IN ('RESERVATION', 'RELEASE', 'SHIPMENT')
    OR (reason = 'RESERVATION' AND allocation_run_id IS NOT NULL));
CREATE INDEX stock_movement_run_idx ON stock_movement (allocation_run_id) WHERE allocation_run_id IS NOT NULL;

-- 2. A run's lines are written only by AllocationRunService, from lines and products it has
--    just read in the same transaction, and never deleted: their three foreign keys checked
--    each of 200,000 rows one by one (3.7 s against 1.1 s without, for one insert).
ALTER TABLE allocation_run_line DROP CONSTRAINT allocation_run_line_run_id_fkey;
ALTER TABLE allocation_run_line DROP CONSTRAINT allocation_run_line_order_line_id_fkey;
ALTER TABLE allocation_run_line DROP CONSTRAINT allocation_run_line_product_id_fkey;

-- 3. Reserving units moves a line's quantity_reserved and quantity_backordered. The partial
--    index on quantity_backordered > 0 made every such update write a new entry in each of
--    the table's indexes (a heap-only update is impossible when an indexed column, predicate
--    included, changes): 3.5–4.0 s against 1.9–2.1 s for 200,000 lines. The lines still to
--    ship (every backordered line is one: reserved + backordered ≤ quantity) are indexed
--    instead. And a run updates every line of a page at once: half of each page is left free
--    so that each row's new version fits beside it (0.5 s at fillfactor 50, 2.1–2.5 s at 80,
--    where most new versions went to other pages, with an entry in every index).
DROP INDEX supply_order_line_backorder_idx;
CREATE INDEX supply_order_line_open_idx ON supply_order_line (product_id)
    WHERE cancelled_at IS NULL AND quantity_shipped < quantity;
ALTER TABLE supply_order_line SET (fillfactor = 50);

-- 4. What a run's page shows is settled when the run is proposed, from what the proposal has
--    just read, instead of joins and sorts over all its lines at each reading: each line's
--    order, its place in the page order (by product name, most units first, then structure
--    name: position, the new key), the lines per product and the structures served.
ALTER TABLE allocation_run_line ADD COLUMN order_id uuid, ADD COLUMN position integer;
UPDATE allocation_run_line r SET order_id = ranked.order_id, position = ranked.position
FROM (SELECT r2.run_id, r2.order_line_id, l.order_id,
             (row_number() OVER (PARTITION BY r2.run_id
                                 ORDER BY p.name, r2.units DESC, s.name, r2.order_line_id) - 1)::integer AS position
      FROM allocation_run_line r2
      JOIN supply_order_line l ON l.id = r2.order_line_id
      JOIN supply_order o ON o.id = l.order_id
      JOIN structure s ON s.id = o.structure_id
      JOIN product p ON p.id = r2.product_id) ranked
WHERE ranked.run_id = r.run_id AND ranked.order_line_id = r.order_line_id;
ALTER TABLE allocation_run_line ALTER COLUMN order_id SET NOT NULL,
                                ALTER COLUMN position SET NOT NULL,
                                ADD CHECK (position >= 0),
                                DROP CONSTRAINT allocation_run_line_pkey,
                                ADD PRIMARY KEY (run_id, position);

ALTER TABLE allocation_run_product ADD COLUMN line_count integer NOT NULL DEFAULT 0 CHECK (line_count >= 0);
UPDATE allocation_run_product rp SET line_count = (SELECT count(*) FROM allocation_run_line r
                                                   WHERE r.run_id = rp.run_id AND r.product_id = rp.product_id);
ALTER TABLE allocation_run_product ALTER COLUMN line_count DROP DEFAULT;

ALTER TABLE allocation_run ADD COLUMN structure_count integer NOT NULL DEFAULT 0 CHECK (structure_count >= 0);
UPDATE allocation_run a SET structure_count = (SELECT count(DISTINCT o.structure_id) FROM allocation_run_line r
                                               JOIN supply_order o ON o.id = r.order_id
                                               WHERE r.run_id = a.id AND r.units > 0);
ALTER TABLE allocation_run ALTER COLUMN structure_count DROP DEFAULT;

-- 5. Applying a run analyses its lines first (AllocationRunService.applyChecked: just written,
--    they would be taken for a handful). The statistics of this table only have to tell how many
--    lines a run has: a sample of 3,000 rows (target 10) instead of 30,000 takes that ANALYZE
--    from about 100 ms to 10 ms.
ALTER TABLE allocation_run_line ALTER COLUMN run_id SET STATISTICS 10,
                                ALTER COLUMN position SET STATISTICS 10,
                                ALTER COLUMN order_line_id SET STATISTICS 10,
                                ALTER COLUMN order_id SET STATISTICS 10,
                                ALTER COLUMN product_id SET STATISTICS 10,
                                ALTER COLUMN need SET STATISTICS 10,
                                ALTER COLUMN weight SET STATISTICS 10,
                                ALTER COLUMN units SET STATISTICS 10;
