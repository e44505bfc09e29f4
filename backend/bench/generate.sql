-- Benchmark data: ${structures} structures in the eight Île-de-France departments,
-- 2 activities each and ${offers} offers each, with the vocabulary of the demo data
-- (so that two-term queries behave as on real data). Deterministic (setseed).
-- Run by Generate.java; for a throwaway database only.

SELECT setseed(0.42);

CREATE FUNCTION pg_temp.luhn_complete(d text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT d || ((10 - sum(CASE WHEN (length(d) - p) % 2 = 0
                                THEN (substr(d, p, 1)::int * 2) / 10 + (substr(d, p, 1)::int * 2) % 10
                                ELSE substr(d, p, 1)::int END) % 10) % 10)::text
    FROM generate_series(1, length(d)) p
$$;

CREATE TEMP TABLE bench_commune AS
    SELECT row_number() OVER (ORDER BY insee_code) AS n, name, department_code, post_codes[1] AS post_code,
           latitude, longitude
    FROM commune
    WHERE department_code IN ('75', '77', '78', '91', '92', '93', '94', '95') AND latitude IS NOT NULL;

CREATE TEMP TABLE bench_theme (t int PRIMARY KEY, word text, naf text, presta text, sectors text[], offers text[]);

INSERT INTO bench_theme VALUES
    (0, 'Propreté', '8121Z', 'SERVICE', ARRAY['nettoyage-de-locaux', 'nettoyage-urbain'],
     ARRAY['Nettoyage de bureaux', 'Nettoyage de vitres', 'Remise en état après chantier', 'Désinfection de locaux']),
    (1, 'Espaces Verts', '8130Z', 'SERVICE', ARRAY['creation-et-entretien-des-espaces-verts', 'genie-ecologique'],
     ARRAY['Entretien d''espaces verts', 'Taille de haies', 'Débroussaillage de terrains', 'Création de massifs fleuris']),
    (2, 'Bâtiment', '4334Z', 'SERVICE', ARRAY['peinture-revetement-des-murs', 'deconstruction-curage-demolition'],
     ARRAY['Peinture intérieure', 'Curage et démolition', 'Petits travaux de second œuvre', 'Pose de revêtements de sol']),
    (3, 'Recyclerie', '3832Z', 'GOODS', ARRAY['collecte-d-encombrants', 'recyclage-textiles'],
     ARRAY['Collecte de mobilier de bureau', 'Mobilier de réemploi', 'Ordinateurs reconditionnés', 'Collecte de textiles']),
    (4, 'Traiteur', '5621Z', 'GOODS', ARRAY['traiteur', 'restauration-collective'],
     ARRAY['Plateaux-repas', 'Buffet pour événement', 'Repas en restauration collective', 'Viennoiseries du matin']),
    (5, 'Logistique', '5229B', 'SERVICE', ARRAY['logistique-conditionnement', 'demenagement'],
     ARRAY['Conditionnement et mise sous pli', 'Déménagement de bureaux', 'Livraison en vélo cargo', 'Manutention ponctuelle']),
    (6, 'Atelier Vélo', '9529Z', 'SERVICE', ARRAY['reparation-de-velos', 'vente-de-vehicules-velos-d-occasions'],
     ARRAY['Entretien de flotte de vélos', 'Vélos reconditionnés', 'Réparation de vélos', 'Ateliers de réparation']),
    (7, 'Blanchisserie', '9601A', 'SERVICE', ARRAY['blanchisserie', 'couture-reprisage-retouches'],
     ARRAY['Blanchisserie du linge professionnel', 'Sacs en tissu recyclé', 'Retouches et réparations', 'Repassage du linge']),
    (8, 'Numérique', '8219Z', 'SERVICE', ARRAY['numerisation-ged', 'accueil-hotline'],
     ARRAY['Numérisation d''archives', 'Accueil et standard téléphonique', 'Maintenance informatique', 'Création de sites internet']),
    (9, 'Maraîchage', '0113Z', 'GOODS', ARRAY['maraichage-legumerie-conserverie', 'paniers-plateaux-repas'],
     ARRAY['Paniers de légumes bio', 'Légumerie pour la restauration collective', 'Plants potagers', 'Corbeilles de fruits']);

CREATE TEMP TABLE bench_structure AS
    SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS organisation_id, i % 10 AS t,
           1 + floor(random() * (SELECT count(*) FROM bench_commune))::int AS commune_n,
           pg_temp.luhn_complete('9' || lpad(i::text, 12, '0')) AS siret,
           CASE WHEN i % 20 < 10 THEN 'ACI' WHEN i % 20 < 15 THEN 'EI' WHEN i % 20 < 17 THEN 'AI'
                WHEN i % 20 < 19 THEN 'ETTI' ELSE 'GEIQ' END AS kind
    FROM generate_series(1, ${structures}) i;

-- The triggers would stamp a structure (V12) at each activity and offer; it is
-- stamped once at the end instead.
ALTER TABLE structure_activity DISABLE TRIGGER structure_activity_search;
ALTER TABLE offer DISABLE TRIGGER offer_search;

INSERT INTO organisation (id, name, kind)
    SELECT b.organisation_id, th.word || ' ' || (ARRAY['Solidaire', 'Insertion', 'Avenir', 'Tremplin', 'Horizon',
           'Partage', 'Réussite', 'Emploi'])[1 + (b.i / 10) % 8] || ' ' || c.name || ' ' || b.i, 'SIAE'
    FROM bench_structure b JOIN bench_theme th ON th.t = b.t JOIN bench_commune c ON c.n = b.commune_n;

INSERT INTO structure (id, siret, name, kind, legal_form, naf, address, post_code, city, department, latitude,
                       longitude, description, email, phone, website, insertion_fte, permanent_headcount,
                       annual_revenue, labels, networks, organisation_id)
    SELECT b.id, b.siret, o.name, b.kind,
           CASE WHEN b.kind IN ('ACI', 'AI', 'GEIQ') THEN 'Association loi 1901' ELSE 'SAS' END, th.naf,
           (1 + b.i % 120) || ' rue de la République', c.post_code, c.name, c.department_code,
           c.latitude + (random() - 0.5) * 0.01, c.longitude + (random() - 0.5) * 0.014,
           o.name || ' accompagne des personnes éloignées de l''emploi : ' || lower(th.word) || ', '
               || array_to_string(th.offers, ', ') || '.',
           'contact' || b.i || '@bench.relance-iae.fr', '01 23 45 67 89', 'https://bench' || b.i || '.example.org',
           3 + (b.i % 60), 2 + b.i % 14, 150000 + (b.i % 2850) * 1000,
           CASE WHEN b.i % 7 = 0 THEN ARRAY['esus'] WHEN b.i % 11 = 0 THEN ARRAY['qualiopi'] ELSE '{}' END,
           CASE b.kind WHEN 'EI' THEN ARRAY['fei'] WHEN 'ETTI' THEN ARRAY['fei'] WHEN 'AI' THEN ARRAY['coorace']
                       WHEN 'GEIQ' THEN ARRAY['geiq'] ELSE ARRAY['chantier-ecole'] END,
           b.organisation_id
    FROM bench_structure b JOIN bench_theme th ON th.t = b.t JOIN bench_commune c ON c.n = b.commune_n
             JOIN organisation o ON o.id = b.organisation_id
    ON CONFLICT DO NOTHING;

INSERT INTO structure_activity (id, structure_id, sector_slug, presta_types, geo_range, geo_departments, geo_radius_km)
    SELECT gen_random_uuid(), b.id, th.sectors[k], ARRAY[th.presta],
           CASE WHEN (b.i + k) % 10 < 6 THEN 'DEPARTMENTS' WHEN (b.i + k) % 10 < 9 THEN 'RADIUS' ELSE 'COUNTRY' END,
           CASE WHEN (b.i + k) % 10 < 6 THEN ARRAY[c.department_code] ELSE '{}' END,
           CASE WHEN (b.i + k) % 10 BETWEEN 6 AND 8 THEN 30 END
    FROM bench_structure b JOIN bench_theme th ON th.t = b.t JOIN bench_commune c ON c.n = b.commune_n,
         generate_series(1, 2) k
    WHERE EXISTS (SELECT 1 FROM structure s WHERE s.id = b.id);

INSERT INTO offer (id, structure_id, title, description, sector_slug, presta_type, unit, price_min, price_max,
                   monthly_capacity)
    SELECT gen_random_uuid(), b.id, th.offers[1 + (j - 1) % 4] || CASE WHEN j > 4 THEN ' (formule ' || j || ')' ELSE '' END,
           'Prestation réalisée par nos équipes en insertion, encadrées par des professionnels.',
           th.sectors[1 + j % 2], th.presta, 'heure', 20 + j, 40 + j, 100 * j
    FROM bench_structure b JOIN bench_theme th ON th.t = b.t, generate_series(1, ${offers}) j
    WHERE EXISTS (SELECT 1 FROM structure s WHERE s.id = b.id);

ALTER TABLE structure_activity ENABLE TRIGGER structure_activity_search;
ALTER TABLE offer ENABLE TRIGGER offer_search;

UPDATE structure s SET active = s.active FROM bench_structure b WHERE s.id = b.id;
