package fr.relanceiae.sourcing.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.shared.outbox.MailLayout;
import fr.relanceiae.shared.outbox.Outbox;
import fr.relanceiae.shared.outbox.OutgoingMail;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.sourcing.solicitation.SolicitationDeadlines;

/**
 * The reminder to record the outcome, written to the outbox for each active buyer of the
 * request's organisation (once per request and address, whatever the retries of the job).
 */
@ApplicationScoped
public class OutboxOutcomeReminderMail implements OutcomeReminderMail {

    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final EntityManager entityManager;

    public OutboxOutcomeReminderMail(Outbox outbox, PublicUrl publicUrl, EntityManager entityManager) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.entityManager = entityManager;
    }

    @Override
    public void remind(SourcingRequest request) {
        MailLayout body = MailLayout.greeting(null)
                .paragraph("La date limite de réponse de votre besoin « " + request.title + " » est passée ("
                        + SolicitationDeadlines.french(request.responseDeadline) + ").")
                .paragraph("Dites-nous ce qu'il est devenu : attribué (à quelles structures, pour quel montant), "
                        + "sans suite ou annulé. Ces résultats montrent ce que les structures inclusives apportent.")
                .action("Clôturer le besoin", publicUrl.of("/besoins/" + request.id).toString());
        for (String address : buyerAddresses(request)) {
            outbox.enqueue(OutgoingMail.to(address).subject("Votre besoin « " + request.title + " » : quel résultat ?")
                    .body(body).dedupKey("outcome-reminder:" + request.id + ":" + address));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> buyerAddresses(SourcingRequest request) {
        return entityManager.createNativeQuery("select email from app_user where organisation_id = :organisation "
                + "and active and role = 'buyer' order by email")
                .setParameter("organisation", request.buyerOrganisationId).getResultList();
    }
}
