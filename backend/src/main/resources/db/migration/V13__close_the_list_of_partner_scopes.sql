-- Partner scopes are a closed list (fr.relanceiae.shared.security.PartnerScope):
-- the demo client gets all five, and every other client keeps only those it has
-- among them (in its order), dropping any other word.
update partner_client
set scopes = 'directory:read sourcing:write sourcing:read supplies:read indicators:read'
where client_id = 'partenaire-demo';

update partner_client
set scopes = coalesce((
        select string_agg(scope, ' ' order by position)
        from unnest(string_to_array(btrim(partner_client.scopes), ' ')) with ordinality as words(scope, position)
        where scope in ('directory:read', 'sourcing:write', 'sourcing:read', 'supplies:read', 'indicators:read')
    ), '')
where client_id <> 'partenaire-demo';
