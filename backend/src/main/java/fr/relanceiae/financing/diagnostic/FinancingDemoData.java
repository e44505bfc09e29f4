package fr.relanceiae.financing.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.demo.DemoAccounts;
import fr.relanceiae.demo.DemoDataContributor;
import fr.relanceiae.demo.DirectoryDemoData;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.financing.compute.DiagnosticInputs;
import fr.relanceiae.financing.compute.Instrument;

/**
 * The financing diagnostics of the demo: the demo structure has a draft to complete (pre-filled
 * as a new one would be), and six other structures one each in every status a facilitator meets —
 * submitted and waiting, in review with the demo facilitator, oriented with a follow-up date, closed,
 * and a draft. Written directly (no e-mails). Idempotent: nothing is added once the demo structure
 * has a diagnostic.
 */
@ApplicationScoped
public class FinancingDemoData implements DemoDataContributor {

    @Override
    public int order() {
        return 700;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute() {
        Structure demo = Structure.<Structure>find("siret", DirectoryDemoData.DEMO_SIAE_SIRET).firstResult();
        AppUser facilitator = AppUser.findByEmail(DemoAccounts.FACILITATOR).orElse(null);
        AppUser siae = AppUser.findByEmail(DemoAccounts.SIAE).orElse(null);
        if (demo == null || facilitator == null || siae == null
                || FinancingDiagnostic.count("structure.id", demo.id) > 0) {
            return;
        }
        List<Structure> others = Structure.<Structure>find("active = true and siret <> ?1 and department is not null "
                + "order by siret", DirectoryDemoData.DEMO_SIAE_SIRET).page(0, 6).list();
        if (others.size() < 6) {
            return;
        }
        Instant now = Instant.now();

        // The demo structure: a draft opened after it declared a need of financing, to complete.
        diagnostic(demo, siae.id, FinancingDiagnosticService.prefilled(demo, FinancingDiagnosticInputs.of(
                DiagnosticInputs.builder().revenueLossPct(new BigDecimal("40")).build()), null));

        // Submitted two days ago, not yet taken in hand: losing half its revenue, two months of cash.
        FinancingDiagnostic waiting = diagnostic(others.get(0), null, inputs("620000", "50", "35", "31000", "38000",
                "24000", "29000", false, "0", "6", "22.5"));
        submitted(waiting, now.minus(2, ChronoUnit.DAYS));

        // In review with the demo facilitator: cash already short.
        FinancingDiagnostic inReview = diagnostic(others.get(1), null, inputs("310000", "45", "30", "19500", "8000",
                "6000", "21000", true, "0", "3", "14"));
        submitted(inReview, now.minus(5, ChronoUnit.DAYS));
        inReview.status = FinancingDiagnosticStatus.IN_REVIEW;
        inReview.reviewedAt = now.minus(4, ChronoUnit.DAYS);
        inReview.assigneeUserId = facilitator.id;
        inReview.reviewNotes = "Dettes fiscales en retard depuis avril. Appeler la directrice jeudi : demande de report "
                + "des charges à l'URSSAF en cours.";

        // Oriented: a DLA and a France Active guarantee, to follow up next month.
        FinancingDiagnostic oriented = diagnostic(others.get(2), null, inputs("890000", "30", "45", "36000",
                "120000", "45000", "60000", false, "0", "9", "31"));
        submitted(oriented, now.minus(20, ChronoUnit.DAYS));
        oriented.status = FinancingDiagnosticStatus.ORIENTED;
        oriented.reviewedAt = now.minus(18, ChronoUnit.DAYS);
        oriented.orientedAt = now.minus(15, ChronoUnit.DAYS);
        oriented.assigneeUserId = facilitator.id;
        oriented.orientationInstruments = new String[] { Instrument.DLA.name(), Instrument.FRANCE_ACTIVE.name() };
        oriented.orientationComment = "Le DLA de votre département peut vous aider à revoir votre modèle économique ; "
                + "France Active garantit un prêt de trésorerie auprès de votre banque.";
        oriented.followUpDate = LocalDate.now(FinancingDiagnosticService.PARIS).plusDays(20);

        // Closed after its orientation: the PGE was obtained.
        FinancingDiagnostic closed = diagnostic(others.get(3), null, inputs("450000", "25", "40", "22000", "90000",
                "30000", "25000", true, "80000", "5", "17"));
        submitted(closed, now.minus(60, ChronoUnit.DAYS));
        closed.status = FinancingDiagnosticStatus.CLOSED;
        closed.assigneeUserId = facilitator.id;
        closed.orientationInstruments = new String[] { Instrument.PGE.name() };
        closed.orientedAt = now.minus(55, ChronoUnit.DAYS);
        closed.closedAt = now.minus(10, ChronoUnit.DAYS);
        closed.closeReason = "PGE de 80 000 € accordé par la banque.";

        // Submitted yesterday, comfortable: a low risk to compare with.
        submitted(diagnostic(others.get(4), null, inputs("1200000", "10", "50", "30000", "250000", "80000", "60000",
                false, "0", "14", "40")), now.minus(1, ChronoUnit.DAYS));

        // A draft a facilitator opened on the phone, half filled.
        diagnostic(others.get(5), facilitator.id, FinancingDiagnosticInputs.of(DiagnosticInputs.builder()
                .lastYearRevenue(new BigDecimal("275000")).revenueLossPct(new BigDecimal("60"))
                .monthlyFixedCosts(new BigDecimal("18000")).permanentHeadcount(4).insertionFte(new BigDecimal("12"))
                .build()));
    }

    private static FinancingDiagnostic diagnostic(Structure structure, UUID author, FinancingDiagnosticInputs inputs) {
        FinancingDiagnostic diagnostic = new FinancingDiagnostic();
        diagnostic.id = UUID.randomUUID();
        diagnostic.structure = structure;
        diagnostic.createdByUserId = author;
        diagnostic.write(inputs);
        diagnostic.persist();
        return diagnostic;
    }

    private static void submitted(FinancingDiagnostic diagnostic, Instant at) {
        diagnostic.status = FinancingDiagnosticStatus.SUBMITTED;
        diagnostic.submittedAt = at;
    }

    private static FinancingDiagnosticInputs inputs(String lastYearRevenue, String revenueLossPct,
            String variableCostRatePct, String monthlyFixedCosts, String cashOnHand, String receivablesDue3m,
            String debtsDue3m, boolean shortTimeWork, String pgeAmount, String permanentHeadcount, String insertionFte) {
        return FinancingDiagnosticInputs.of(DiagnosticInputs.builder().lastYearRevenue(new BigDecimal(lastYearRevenue))
                .revenueLossPct(new BigDecimal(revenueLossPct)).variableCostRatePct(new BigDecimal(variableCostRatePct))
                .monthlyFixedCosts(new BigDecimal(monthlyFixedCosts)).cashOnHand(new BigDecimal(cashOnHand))
                .receivablesDue3m(new BigDecimal(receivablesDue3m)).debtsDue3m(new BigDecimal(debtsDue3m))
                .shortTimeWork(shortTimeWork).pgeAmount(new BigDecimal(pgeAmount))
                .permanentHeadcount(Integer.valueOf(permanentHeadcount)).insertionFte(new BigDecimal(insertionFte))
                .build());
    }
}
