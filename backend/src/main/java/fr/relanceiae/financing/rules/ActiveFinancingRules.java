package fr.relanceiae.financing.rules;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.financing.compute.FinancingRule;
import fr.relanceiae.financing.compute.FinancingRules;
import fr.relanceiae.financing.compute.ParseResult;
import fr.relanceiae.financing.compute.RuleParser;

/**
 * The rules in force, read from {@code financing_rule} for each diagnosis (a handful of rows), so
 * that an admin's edit shows in the next read on every replica. A stored rule that no longer
 * parses (it was checked when written) is left out and logged rather than failing every read.
 */
@ApplicationScoped
public class ActiveFinancingRules {

    private static final Logger LOG = Logger.getLogger(ActiveFinancingRules.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public FinancingRules current() {
        List<FinancingRule> rules = new ArrayList<>();
        for (StoredFinancingRule stored : StoredFinancingRule.<StoredFinancingRule>list(
                "active = true order by position, code")) {
            ParseResult<FinancingRule> parsed = parse(stored.definition);
            if (parsed.valid()) {
                rules.add(parsed.value());
            } else {
                LOG.warnf("Financing rule %s is left out: %s", stored.code, parsed.errors());
            }
        }
        return new FinancingRules(rules);
    }

    static ParseResult<FinancingRule> parse(String definition) {
        try {
            return RuleParser.parseRule(JSON.readTree(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored financing rule is not JSON", e);
        }
    }
}
