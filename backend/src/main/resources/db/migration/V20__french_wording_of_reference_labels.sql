-- French wording of the reference lists: accents, spelling and one repeated word in sector
-- names (slugs, which imports and links use, do not change). src/main/resources/reference/
-- sectors.json says the same, for the first load of a new database (V3).
UPDATE sector_group SET name = 'Médico-social' WHERE slug = 'medico-social';
UPDATE sector_group SET name = 'Sécurité & Prévention' WHERE slug = 'securite-preventions';
UPDATE sector SET name = 'Élevage de viandes et volailles' WHERE slug = 'elevage-de-viandes-et-volailles';
UPDATE sector SET name = 'Électricité' WHERE slug = 'electricite';
UPDATE sector SET name = 'Location/Vente de matériels industriels & de chantier' WHERE slug = 'location-vente-de-materiels-industriels-chantiers';
UPDATE sector SET name = 'Création de sites internet, webmastering' WHERE slug = 'creation-de-sites-internets-webmastering';
UPDATE sector SET name = 'Équipements et mobiliers' WHERE slug = 'equipements-et-mobiliers';
UPDATE sector SET name = 'Location de matériel événementiel' WHERE slug = 'location-de-materiels-evenementiel';
UPDATE sector SET name = 'Sous-traitance industrielle agroalimentaire' WHERE slug = 'sous-traitance-industrielle-agro-alimentaire';
UPDATE sector SET name = 'Location de véhicules & vélos' WHERE slug = 'location-de-vehicules-velos';
UPDATE sector SET name = 'Collecte des déchets d''équipements électriques et électroniques (DEEE)' WHERE slug = 'collecte-des-dechets-dechets-d-equipements-electriques-et-electroniques-deee';
UPDATE sector SET name = 'Vente de véhicules & vélos d''occasion' WHERE slug = 'vente-de-vehicules-velos-d-occasions';
UPDATE sector SET name = 'Boulangerie, pâtisserie, confiserie' WHERE slug = 'boulangerie-patisserie-confiseries';
UPDATE sector SET name = 'Location/Vente de matériels de restauration' WHERE slug = 'location-vente-de-materiels-de-restauration';
