package fr.relanceiae.demo;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.account.PartnerClient;
import fr.relanceiae.account.Passwords;
import fr.relanceiae.account.Role;
import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.shared.security.PartnerScope;

/** The demo organisations, one user per web role (two facilitators) (password {@value #PASSWORD}) and the demo partner client. */
@ApplicationScoped
public class DemoAccounts implements DemoDataContributor {

    public static final String PASSWORD = "demo";
    public static final String BUYER = "acheteur@demo.relance-iae.fr";
    public static final String SIAE = "siae@demo.relance-iae.fr";
    public static final String FACILITATOR = "animateur@demo.relance-iae.fr";
    public static final String ADMIN = "admin@demo.relance-iae.fr";
    /** A second facilitator of the network, so that work can be assigned to someone else than oneself. */
    public static final String SECOND_FACILITATOR = "animatrice@demo.relance-iae.fr";
    public static final String SECOND_FACILITATOR_NAME = "Nadia Lefèvre";
    public static final List<String> EMAILS = List.of(BUYER, SIAE, FACILITATOR, ADMIN, SECOND_FACILITATOR);
    public static final String CLIENT_ID = "partenaire-demo";
    public static final String CLIENT_SECRET = "demo-secret";
    /** Every scope, so that the demo client can try every partner operation. */
    public static final List<String> CLIENT_SCOPES = PartnerScope.allValues();

    public static final String BUYER_ORGANISATION = "Ville de Montreuil";
    public static final String SIAE_ORGANISATION = "Les Jardins de Cocagne Montreuil";
    public static final String NETWORK_ORGANISATION = "Club ASR Île-de-France";
    public static final String PLATFORM_ORGANISATION = "Relance IAE";
    public static final String PARTNER_ORGANISATION = "DREETS Île-de-France";

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute() {
        Organisation buyers = organisation(BUYER_ORGANISATION, OrganisationKind.PUBLIC_BUYER);
        Organisation siae = organisation(SIAE_ORGANISATION, OrganisationKind.SIAE);
        Organisation network = organisation(NETWORK_ORGANISATION, OrganisationKind.NETWORK);
        Organisation platform = organisation(PLATFORM_ORGANISATION, OrganisationKind.PLATFORM);
        Organisation partner = organisation(PARTNER_ORGANISATION, OrganisationKind.PARTNER);

        user(BUYER, "Claire Martin", Role.buyer, buyers);
        user(SIAE, "Karim Benali", Role.siae, siae);
        user(FACILITATOR, "Sophie Durand", Role.facilitator, network);
        user(ADMIN, "Administrateur Relance IAE", Role.admin, platform);
        user(SECOND_FACILITATOR, SECOND_FACILITATOR_NAME, Role.facilitator, network);
        partnerClient(partner);
    }

    private static Organisation organisation(String name, OrganisationKind kind) {
        return Organisation.<Organisation>find("name = ?1 and kind = ?2", name, kind).firstResultOptional()
                .orElseGet(() -> {
                    Organisation created = Organisation.create(name, kind, true);
                    created.persist();
                    return created;
                });
    }

    private static void user(String email, String displayName, Role role, Organisation organisation) {
        if (AppUser.findByEmail(email).isPresent()) {
            return;
        }
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.email = email;
        user.displayName = displayName;
        user.role = role;
        user.organisation = organisation;
        user.passwordHash = Passwords.hash(PASSWORD);
        user.persist();
    }

    private static void partnerClient(Organisation organisation) {
        if (PartnerClient.findByClientId(CLIENT_ID).isPresent()) {
            return;
        }
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.clientId = CLIENT_ID;
        client.name = "Système d'information de la DREETS (démo)";
        client.organisation = organisation;
        client.secretHash = SecretTokens.hash(CLIENT_SECRET);
        client.setScopes(CLIENT_SCOPES);
        client.persist();
    }
}
