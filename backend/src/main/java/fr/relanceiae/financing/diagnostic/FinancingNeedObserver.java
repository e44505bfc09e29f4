package fr.relanceiae.financing.diagnostic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.survey.NeedDeclared;
import fr.relanceiae.directory.profile.Structure;

/**
 * A survey declared a need of financing: the structure gets a draft diagnostic, pre-filled with the
 * survey's revenue loss and its profile, unless one is open already; either way the follow-up
 * points to the structure's open diagnostic. Runs in the survey's transaction (the event is fired
 * synchronously), so the survey, its follow-up and the draft are committed together.
 */
@ApplicationScoped
public class FinancingNeedObserver {

    private final FinancingMails mails;

    public FinancingNeedObserver(FinancingMails mails) {
        this.mails = mails;
    }

    void onNeedDeclared(@Observes NeedDeclared event) {
        if (event.need() != Need.FINANCING) {
            return;
        }
        FinancingDiagnostic diagnostic = FinancingDiagnosticService.openDiagnosticOf(event.structureId())
                .orElseGet(() -> openDraft(event));
        FinancingDiagnostic.getEntityManager()
                .createNativeQuery("update follow_up set diagnostic_id = :diagnostic where id = :followUp")
                .setParameter("diagnostic", diagnostic.id).setParameter("followUp", event.followUpId())
                .executeUpdate();
    }

    private FinancingDiagnostic openDraft(NeedDeclared event) {
        Structure structure = Structure.findById(event.structureId());
        FinancingDiagnosticInputs inputs = FinancingDiagnosticService.prefilled(structure,
                FinancingDiagnosticInputs.EMPTY, event.revenueLossPct());
        FinancingDiagnostic diagnostic = FinancingDiagnosticService.newDraft(structure, inputs, null);
        mails.draftOpenedForStructure(diagnostic);
        return diagnostic;
    }
}
