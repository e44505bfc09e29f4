package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.error.FieldError;

/**
 * What a structure declares in a financing diagnostic, under the API's JSON names,
 * plus its {@code kind} (taken from the structure, not typed in: rules need it).
 * Percentages are in percent ({@code 30} means 30 %), money in euros.
 *
 * <p>Any input may be missing while the diagnostic is a draft: {@link DiagnosticFigures}
 * leaves the figures that need it null. {@link #validate()} checks the values that are
 * there; {@link #missingForSubmission()} lists what a complete diagnostic needs.
 */
public record DiagnosticInputs(
        BigDecimal lastYearRevenue,
        BigDecimal revenueLossPct,
        BigDecimal variableCostRatePct,
        BigDecimal monthlyFixedCosts,
        BigDecimal cashOnHand,
        BigDecimal receivablesDue3m,
        BigDecimal debtsDue3m,
        Boolean shortTimeWork,
        BigDecimal pgeAmount,
        BigDecimal solidarityFundAmount,
        BigDecimal fdiAmount,
        BigDecimal deferredChargesAmount,
        Integer permanentHeadcount,
        BigDecimal insertionFte,
        StructureKind kind) {

    static final String NEGATIVE_AMOUNT = "Le montant ne peut pas être négatif.";
    static final String TOO_MANY_DECIMALS = "Deux décimales au plus.";
    static final String PERCENT_OUT_OF_RANGE = "Le pourcentage doit être compris entre 0 et 100.";
    static final String VARIABLE_COST_RATE_TOO_HIGH = "Le taux de charges variables doit être inférieur à 100 %.";
    static final String NEGATIVE_HEADCOUNT = "L'effectif ne peut pas être négatif.";
    static final String REQUIRED = "À renseigner pour soumettre le diagnostic.";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The errors of the values given, each naming its field (JSON name) with a French
     * message; empty when they are all acceptable. Missing values are not errors here.
     * A variable cost rate of 100 % or more is one: nothing would be left to cover the
     * fixed costs and the break-even revenue would not exist.
     */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        money(errors, "lastYearRevenue", lastYearRevenue);
        percent(errors, "revenueLossPct", revenueLossPct);
        if (variableCostRatePct != null && variableCostRatePct.compareTo(HUNDRED) >= 0) {
            errors.add(new FieldError("variableCostRatePct", VARIABLE_COST_RATE_TOO_HIGH));
        } else {
            percent(errors, "variableCostRatePct", variableCostRatePct);
        }
        money(errors, "monthlyFixedCosts", monthlyFixedCosts);
        money(errors, "cashOnHand", cashOnHand);
        money(errors, "receivablesDue3m", receivablesDue3m);
        money(errors, "debtsDue3m", debtsDue3m);
        money(errors, "pgeAmount", pgeAmount);
        money(errors, "solidarityFundAmount", solidarityFundAmount);
        money(errors, "fdiAmount", fdiAmount);
        money(errors, "deferredChargesAmount", deferredChargesAmount);
        if (permanentHeadcount != null && permanentHeadcount < 0) {
            errors.add(new FieldError("permanentHeadcount", NEGATIVE_HEADCOUNT));
        }
        if (insertionFte != null && insertionFte.signum() < 0) {
            errors.add(new FieldError("insertionFte", NEGATIVE_HEADCOUNT));
        } else {
            decimals(errors, "insertionFte", insertionFte);
        }
        return errors;
    }

    /**
     * The inputs a submitted diagnostic must have: those every figure needs. The aids
     * already obtained are not among them (left empty, they count as none, see
     * {@link RuleField}), nor the kind, which comes from the structure.
     */
    public List<FieldError> missingForSubmission() {
        List<FieldError> missing = new ArrayList<>();
        required(missing, "lastYearRevenue", lastYearRevenue);
        required(missing, "revenueLossPct", revenueLossPct);
        required(missing, "variableCostRatePct", variableCostRatePct);
        required(missing, "monthlyFixedCosts", monthlyFixedCosts);
        required(missing, "cashOnHand", cashOnHand);
        required(missing, "receivablesDue3m", receivablesDue3m);
        required(missing, "debtsDue3m", debtsDue3m);
        required(missing, "permanentHeadcount", permanentHeadcount);
        required(missing, "insertionFte", insertionFte);
        return missing;
    }

    private static void money(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            errors.add(new FieldError(field, NEGATIVE_AMOUNT));
        } else {
            decimals(errors, field, value);
        }
    }

    private static void percent(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError(field, PERCENT_OUT_OF_RANGE));
        } else {
            decimals(errors, field, value);
        }
    }

    private static void decimals(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, TOO_MANY_DECIMALS));
        }
    }

    private static void required(List<FieldError> missing, String field, Object value) {
        if (value == null) {
            missing.add(new FieldError(field, REQUIRED));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these inputs, to change a few of them (pre-filling, tests). */
    public Builder toBuilder() {
        return new Builder().lastYearRevenue(lastYearRevenue).revenueLossPct(revenueLossPct)
                .variableCostRatePct(variableCostRatePct).monthlyFixedCosts(monthlyFixedCosts)
                .cashOnHand(cashOnHand).receivablesDue3m(receivablesDue3m).debtsDue3m(debtsDue3m)
                .shortTimeWork(shortTimeWork).pgeAmount(pgeAmount).solidarityFundAmount(solidarityFundAmount)
                .fdiAmount(fdiAmount).deferredChargesAmount(deferredChargesAmount)
                .permanentHeadcount(permanentHeadcount).insertionFte(insertionFte).kind(kind);
    }

    /** Builds inputs by name, so that nobody lines up fifteen positional arguments. */
    public static final class Builder {
        private BigDecimal lastYearRevenue;
        private BigDecimal revenueLossPct;
        private BigDecimal variableCostRatePct;
        private BigDecimal monthlyFixedCosts;
        private BigDecimal cashOnHand;
        private BigDecimal receivablesDue3m;
        private BigDecimal debtsDue3m;
        private Boolean shortTimeWork;
        private BigDecimal pgeAmount;
        private BigDecimal solidarityFundAmount;
        private BigDecimal fdiAmount;
        private BigDecimal deferredChargesAmount;
        private Integer permanentHeadcount;
        private BigDecimal insertionFte;
        private StructureKind kind;

        private Builder() {
        }

        public Builder lastYearRevenue(BigDecimal value) {
            lastYearRevenue = value;
            return this;
        }

        public Builder revenueLossPct(BigDecimal value) {
            revenueLossPct = value;
            return this;
        }

        public Builder variableCostRatePct(BigDecimal value) {
            variableCostRatePct = value;
            return this;
        }

        public Builder monthlyFixedCosts(BigDecimal value) {
            monthlyFixedCosts = value;
            return this;
        }

        public Builder cashOnHand(BigDecimal value) {
            cashOnHand = value;
            return this;
        }

        public Builder receivablesDue3m(BigDecimal value) {
            receivablesDue3m = value;
            return this;
        }

        public Builder debtsDue3m(BigDecimal value) {
            debtsDue3m = value;
            return this;
        }

        public Builder shortTimeWork(Boolean value) {
            shortTimeWork = value;
            return this;
        }

        public Builder pgeAmount(BigDecimal value) {
            pgeAmount = value;
            return this;
        }

        public Builder solidarityFundAmount(BigDecimal value) {
            solidarityFundAmount = value;
            return this;
        }

        public Builder fdiAmount(BigDecimal value) {
            fdiAmount = value;
            return this;
        }

        public Builder deferredChargesAmount(BigDecimal value) {
            deferredChargesAmount = value;
            return this;
        }

        public Builder permanentHeadcount(Integer value) {
            permanentHeadcount = value;
            return this;
        }

        public Builder insertionFte(BigDecimal value) {
            insertionFte = value;
            return this;
        }

        public Builder kind(StructureKind value) {
            kind = value;
            return this;
        }

        public DiagnosticInputs build() {
            return new DiagnosticInputs(lastYearRevenue, revenueLossPct, variableCostRatePct, monthlyFixedCosts,
                    cashOnHand, receivablesDue3m, debtsDue3m, shortTimeWork, pgeAmount, solidarityFundAmount,
                    fdiAmount, deferredChargesAmount, permanentHeadcount, insertionFte, kind);
        }
    }
}
