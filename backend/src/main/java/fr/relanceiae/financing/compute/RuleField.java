package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values a rule may name: the diagnostic's inputs, the structure's kind, and the
 * computed figures (unrounded), under their JSON names, with how to say them in French.
 *
 * <p>Missing values are unknown (null) and make any comparison over them false, with one
 * exception: the aids already obtained ({@code shortTimeWork}, {@code pgeAmount},
 * {@code solidarityFundAmount}, {@code fdiAmount}, {@code deferredChargesAmount}) count
 * as none ({@code false}, {@code 0}) when left empty, because a structure leaves empty
 * the aids it did not get; otherwise "no PGE yet" could never hold on a draft.
 *
 * <p>{@code totalHeadcount} (permanent headcount + insertion FTE) is not an output of the
 * API; it exists so that a rule can say "fewer than 50 people" and its reason can show
 * the total.
 */
public enum RuleField {
    LAST_YEAR_REVENUE("lastYearRevenue", ValueType.NUMBER, Unit.EURO,
            "le chiffre d'affaires de l'an dernier", "chiffre d'affaires de l'an dernier de %s",
            f -> f.inputs().lastYearRevenue()),
    REVENUE_LOSS_PCT("revenueLossPct", ValueType.NUMBER, Unit.PERCENT,
            "la perte de chiffre d'affaires", "perte de chiffre d'affaires de %s",
            f -> f.inputs().revenueLossPct()),
    VARIABLE_COST_RATE_PCT("variableCostRatePct", ValueType.NUMBER, Unit.PERCENT,
            "le taux de charges variables", "taux de charges variables de %s",
            f -> f.inputs().variableCostRatePct()),
    MONTHLY_FIXED_COSTS("monthlyFixedCosts", ValueType.NUMBER, Unit.EURO,
            "les charges fixes mensuelles", "charges fixes mensuelles de %s",
            f -> f.inputs().monthlyFixedCosts()),
    CASH_ON_HAND("cashOnHand", ValueType.NUMBER, Unit.EURO,
            "la trésorerie disponible", "trésorerie disponible de %s",
            f -> f.inputs().cashOnHand()),
    RECEIVABLES_DUE_3M("receivablesDue3m", ValueType.NUMBER, Unit.EURO,
            "les créances à moins de 3 mois", "créances à moins de 3 mois de %s",
            f -> f.inputs().receivablesDue3m()),
    DEBTS_DUE_3M("debtsDue3m", ValueType.NUMBER, Unit.EURO,
            "les dettes à moins de 3 mois", "dettes à moins de 3 mois de %s",
            f -> f.inputs().debtsDue3m()),
    SHORT_TIME_WORK("shortTimeWork", "le recours à l'activité partielle",
            "activité partielle déjà utilisée", "activité partielle pas encore utilisée",
            f -> f.inputs().shortTimeWork() == null ? Boolean.FALSE : f.inputs().shortTimeWork()),
    PGE_AMOUNT("pgeAmount", ValueType.NUMBER, Unit.EURO,
            "le PGE obtenu", "PGE obtenu : %s",
            f -> noneIfEmpty(f.inputs().pgeAmount())),
    SOLIDARITY_FUND_AMOUNT("solidarityFundAmount", ValueType.NUMBER, Unit.EURO,
            "le fonds de solidarité obtenu", "fonds de solidarité obtenu : %s",
            f -> noneIfEmpty(f.inputs().solidarityFundAmount())),
    FDI_AMOUNT("fdiAmount", ValueType.NUMBER, Unit.EURO,
            "l'aide du FDI obtenue", "aide du FDI obtenue : %s",
            f -> noneIfEmpty(f.inputs().fdiAmount())),
    DEFERRED_CHARGES_AMOUNT("deferredChargesAmount", ValueType.NUMBER, Unit.EURO,
            "les charges déjà reportées", "charges déjà reportées : %s",
            f -> noneIfEmpty(f.inputs().deferredChargesAmount())),
    PERMANENT_HEADCOUNT("permanentHeadcount", ValueType.NUMBER, Unit.NONE,
            "l'effectif permanent", "effectif permanent de %s",
            f -> f.inputs().permanentHeadcount() == null ? null : BigDecimal.valueOf(f.inputs().permanentHeadcount())),
    INSERTION_FTE("insertionFte", ValueType.NUMBER, Unit.NONE,
            "les ETP en insertion", "%s ETP en insertion",
            f -> f.inputs().insertionFte()),
    KIND("kind", ValueType.STRUCTURE_KIND, Unit.NONE,
            "le type de structure", "structure de type %s",
            f -> f.inputs().kind()),
    TOTAL_HEADCOUNT("totalHeadcount", ValueType.NUMBER, Unit.NONE,
            "l'effectif total (permanents et ETP en insertion)", "effectif total de %s",
            RuleField::totalHeadcount),
    EXPECTED_REVENUE("expectedRevenue", ValueType.NUMBER, Unit.EURO,
            "le chiffre d'affaires attendu", "chiffre d'affaires attendu de %s",
            f -> f.figures().expectedRevenue()),
    MONTHLY_RESULT("monthlyResult", ValueType.NUMBER, Unit.EURO,
            "le résultat mensuel", "résultat mensuel de %s",
            f -> f.figures().monthlyResult()),
    NET_CASH_3M("netCash3m", ValueType.NUMBER, Unit.EURO,
            "la trésorerie nette à 3 mois", "trésorerie nette à 3 mois de %s",
            f -> f.figures().netCash3m()),
    RUNWAY_MONTHS("runwayMonths", ValueType.NUMBER, Unit.MONTHS,
            "la trésorerie en mois", "trésorerie pour %s",
            f -> f.figures().runwayMonths()),
    BREAK_EVEN_REVENUE("breakEvenRevenue", ValueType.NUMBER, Unit.EURO,
            "le chiffre d'affaires du point mort", "point mort à %s",
            f -> f.figures().breakEvenRevenue()),
    RISK_LEVEL("riskLevel", ValueType.RISK_LEVEL, Unit.NONE,
            "le niveau de risque", "risque %s",
            f -> f.figures().riskLevel());

    private static final Map<String, RuleField> BY_JSON_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RuleField::jsonName, Function.identity()));

    private final String jsonName;
    private final ValueType type;
    private final Unit unit;
    private final String noun;
    private final String phrase;
    private final String falsePhrase;
    private final Function<Facts, Object> extractor;

    RuleField(String jsonName, ValueType type, Unit unit, String noun, String phrase,
            Function<Facts, Object> extractor) {
        this.jsonName = jsonName;
        this.type = type;
        this.unit = unit;
        this.noun = noun;
        this.phrase = phrase;
        this.falsePhrase = null;
        this.extractor = extractor;
    }

    /** A yes/no field, said one way when true and another when false. */
    RuleField(String jsonName, String noun, String truePhrase, String falsePhrase, Function<Facts, Object> extractor) {
        this.jsonName = jsonName;
        this.type = ValueType.BOOLEAN;
        this.unit = Unit.NONE;
        this.noun = noun;
        this.phrase = truePhrase;
        this.falsePhrase = falsePhrase;
        this.extractor = extractor;
    }

    public static Optional<RuleField> byJsonName(String name) {
        return Optional.ofNullable(BY_JSON_NAME.get(name));
    }

    public String jsonName() {
        return jsonName;
    }

    public ValueType type() {
        return type;
    }

    Unit unit() {
        return unit;
    }

    /** The field as the object of a sentence: « plus que <b>la trésorerie disponible</b> ». */
    public String noun() {
        return noun;
    }

    /**
     * The field with its value, {@code %s} standing for the value: « trésorerie pour %s »;
     * for a yes/no field, the whole phrase for that value.
     */
    String phrase(Object value) {
        if (type == ValueType.BOOLEAN) {
            return Boolean.TRUE.equals(value) ? phrase : falsePhrase;
        }
        return phrase;
    }

    /** Its value in these facts: BigDecimal, Boolean, RiskLevel, StructureKind, or null when unknown. */
    Object valueIn(Facts facts) {
        return extractor.apply(facts);
    }

    private static BigDecimal noneIfEmpty(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static BigDecimal totalHeadcount(Facts facts) {
        DiagnosticInputs in = facts.inputs();
        return in.permanentHeadcount() == null || in.insertionFte() == null
                ? null
                : BigDecimal.valueOf(in.permanentHeadcount()).add(in.insertionFte());
    }
}
