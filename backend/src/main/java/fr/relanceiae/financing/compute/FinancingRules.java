package fr.relanceiae.financing.compute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A set of recommendation rules, in the order their recommendations are listed, and
 * the one entry point that turns a diagnostic's inputs into figures and recommendations.
 * The figures are computed once, unrounded, for every rule.
 */
public final class FinancingRules {

    /** The seed rules of issue 12, as a classpath resource. */
    public static final String DEFAULTS_RESOURCE = "/financing/default-rules.json";

    private final List<FinancingRule> rules;

    public FinancingRules(List<FinancingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The seed rules; they are checked by a test, so an invalid file is a bug (IllegalStateException). */
    public static FinancingRules defaults() {
        ParseResult<List<FinancingRule>> parsed = RuleParser.parseRules(defaultsJson());
        if (!parsed.valid()) {
            throw new IllegalStateException("Invalid " + DEFAULTS_RESOURCE + ": " + parsed.errors());
        }
        return new FinancingRules(parsed.value());
    }

    /** The seed file's text, e.g. to insert the seed rules as they are written. */
    public static String defaultsJson() {
        try (InputStream in = FinancingRules.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<FinancingRule> rules() {
        return rules;
    }

    public Diagnosis diagnose(DiagnosticInputs inputs) {
        Facts facts = Facts.of(inputs);
        List<Recommendation> recommendations = outcomes(facts).stream().filter(RuleOutcome::applies)
                .map(RuleOutcome::toRecommendation).toList();
        return new Diagnosis(facts.figures().rounded(), recommendations);
    }

    /** Every rule's outcome, applying or not (to show an admin what a rule does on a case). */
    public List<RuleOutcome> outcomes(DiagnosticInputs inputs) {
        return outcomes(Facts.of(inputs));
    }

    private List<RuleOutcome> outcomes(Facts facts) {
        return rules.stream().map(rule -> RuleInterpreter.evaluate(rule, facts)).collect(Collectors.toList());
    }
}
