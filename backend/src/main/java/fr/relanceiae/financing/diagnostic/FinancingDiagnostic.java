package fr.relanceiae.financing.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.financing.compute.DiagnosticFigures;
import fr.relanceiae.financing.compute.Instrument;
import fr.relanceiae.financing.compute.RiskLevel;
import fr.relanceiae.shared.persistence.VersionedEntity;

/** A structure's financing diagnostic: its inputs, review and orientation (V28). */
@Entity
@Table(name = "financing_diagnostic")
public class FinancingDiagnostic extends VersionedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id", nullable = false, updatable = false)
    public Structure structure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FinancingDiagnosticStatus status = FinancingDiagnosticStatus.DRAFT;

    @Column(name = "last_year_revenue")
    public BigDecimal lastYearRevenue;
    @Column(name = "revenue_loss_pct")
    public BigDecimal revenueLossPct;
    @Column(name = "variable_cost_rate_pct")
    public BigDecimal variableCostRatePct;
    @Column(name = "monthly_fixed_costs")
    public BigDecimal monthlyFixedCosts;
    @Column(name = "cash_on_hand")
    public BigDecimal cashOnHand;
    @Column(name = "receivables_due_3m")
    public BigDecimal receivablesDue3m;
    @Column(name = "debts_due_3m")
    public BigDecimal debtsDue3m;
    @Column(name = "short_time_work")
    public Boolean shortTimeWork;
    @Column(name = "pge_amount")
    public BigDecimal pgeAmount;
    @Column(name = "solidarity_fund_amount")
    public BigDecimal solidarityFundAmount;
    @Column(name = "fdi_amount")
    public BigDecimal fdiAmount;
    @Column(name = "deferred_charges_amount")
    public BigDecimal deferredChargesAmount;
    @Column(name = "permanent_headcount")
    public Integer permanentHeadcount;
    @Column(name = "insertion_fte")
    public BigDecimal insertionFte;

    /** Kept with every change of the inputs, for the list's filter and the indicators. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    @Column(name = "created_by_user_id", updatable = false)
    public UUID createdByUserId;

    @Column(name = "assignee_user_id")
    public UUID assigneeUserId;

    @Column(name = "review_notes")
    public String reviewNotes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "orientation_instruments", columnDefinition = "varchar(30)[]", nullable = false)
    public String[] orientationInstruments = new String[0];

    @Column(name = "orientation_comment")
    public String orientationComment;

    @Column(name = "follow_up_date")
    public LocalDate followUpDate;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "oriented_at")
    public Instant orientedAt;
    @Column(name = "closed_at")
    public Instant closedAt;

    public FinancingDiagnosticInputs inputs() {
        return new FinancingDiagnosticInputs(lastYearRevenue, revenueLossPct, variableCostRatePct, monthlyFixedCosts,
                cashOnHand, receivablesDue3m, debtsDue3m, shortTimeWork, pgeAmount, solidarityFundAmount, fdiAmount,
                deferredChargesAmount, permanentHeadcount, insertionFte);
    }

    /** Replaces every input (a draft's form sends them all) and the risk level they give. */
    public void write(FinancingDiagnosticInputs inputs) {
        lastYearRevenue = inputs.lastYearRevenue();
        revenueLossPct = inputs.revenueLossPct();
        variableCostRatePct = inputs.variableCostRatePct();
        monthlyFixedCosts = inputs.monthlyFixedCosts();
        cashOnHand = inputs.cashOnHand();
        receivablesDue3m = inputs.receivablesDue3m();
        debtsDue3m = inputs.debtsDue3m();
        shortTimeWork = inputs.shortTimeWork();
        pgeAmount = inputs.pgeAmount();
        solidarityFundAmount = inputs.solidarityFundAmount();
        fdiAmount = inputs.fdiAmount();
        deferredChargesAmount = inputs.deferredChargesAmount();
        permanentHeadcount = inputs.permanentHeadcount();
        insertionFte = inputs.insertionFte();
        riskLevel = DiagnosticFigures.of(inputs.toCompute(structure.kind)).riskLevel();
    }

    public List<Instrument> orientation() {
        return Arrays.stream(orientationInstruments).map(Instrument::valueOf).toList();
    }
}
