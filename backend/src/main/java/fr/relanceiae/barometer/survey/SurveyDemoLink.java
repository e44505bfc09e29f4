package fr.relanceiae.barometer.survey;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.demo.DirectoryDemoData;
import fr.relanceiae.shared.web.PublicUrl;

/**
 * The demo's personal survey link: a known token ({@link #DEMO_LINK_TOKEN}, demo databases only)
 * that opens the demo structure's survey of the current week without an account, as the Monday
 * e-mail's link would. A link is valid for one week, so each start of a demo moves it to the
 * current week (and prints it), instead of the demo data loaded once.
 */
@ApplicationScoped
public class SurveyDemoLink {

    public static final String DEMO_LINK_TOKEN = "enquete-sans-compte-demo-relance-iae-2026";

    private static final Logger LOG = Logger.getLogger(SurveyDemoLink.class);

    private final boolean enabled;
    private final SurveyLinks links;
    private final EntityManager entityManager;
    private final PublicUrl publicUrl;

    public SurveyDemoLink(@ConfigProperty(name = "relance.demo-data", defaultValue = "false") boolean enabled,
            SurveyLinks links, EntityManager entityManager, PublicUrl publicUrl) {
        this.enabled = enabled;
        this.links = links;
        this.entityManager = entityManager;
        this.publicUrl = publicUrl;
    }

    /** After the demo data is loaded (the loader observes the start at the default priority). */
    void renew(@Observes @Priority(Interceptor.Priority.APPLICATION + 650) io.quarkus.runtime.StartupEvent event) {
        if (enabled && renewForThisWeek(Instant.now())) {
            LOG.info("Demo personal link (this week's survey without an account): "
                    + publicUrl.of(SurveyMails.WEB_PATH + DEMO_LINK_TOKEN));
        }
    }

    /** Points the demo token at the demo structure's survey of the week of {@code now}; false without that structure. */
    @Transactional
    boolean renewForThisWeek(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> structure = entityManager.createNativeQuery("select id from structure where siret = :siret")
                .setParameter("siret", DirectoryDemoData.DEMO_SIAE_SIRET).getResultList();
        if (structure.isEmpty()) {
            return false;
        }
        entityManager.createNativeQuery("delete from survey_link where token_hash = :hash")
                .setParameter("hash", HexFormat.of().parseHex(SecretTokens.hash(DEMO_LINK_TOKEN))).executeUpdate();
        links.store(structure, List.of(DEMO_LINK_TOKEN), IsoWeek.of(now), now);
        return true;
    }
}
