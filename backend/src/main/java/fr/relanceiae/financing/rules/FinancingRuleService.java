package fr.relanceiae.financing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.relanceiae.financing.compute.FinancingRule;
import fr.relanceiae.financing.compute.Instrument;
import fr.relanceiae.financing.compute.ParseResult;
import fr.relanceiae.financing.compute.RuleParser;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.input.InputRules;
import fr.relanceiae.shared.web.ETags;

/**
 * The recommendation rules an admin edits. A rule is checked by {@link RuleParser} before it is
 * stored (every problem at once, each with its path), so that the rules in force always parse.
 */
@ApplicationScoped
@Transactional
public class FinancingRuleService {

    static final String NOT_FOUND = "Règle introuvable.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FinancingRuleView> list() {
        return StoredFinancingRule.inOrder().stream().map(FinancingRuleService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FinancingRuleView get(UUID id) {
        return view(find(id, LockModeType.NONE));
    }

    public FinancingRuleView create(FinancingRuleInput input) {
        String definition = checked(input);
        requireCodeFree(input.code(), null);
        StoredFinancingRule rule = new StoredFinancingRule();
        rule.id = UUID.randomUUID();
        rule.code = input.code();
        rule.definition = definition;
        rule.active = input.active() == null || input.active();
        rule.position = input.position() != null ? input.position() : nextPosition();
        rule.persist();
        StoredFinancingRule.flush();
        return view(rule);
    }

    public FinancingRuleView update(UUID id, String ifMatch, FinancingRuleInput input) {
        StoredFinancingRule rule = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, rule.version);
        String definition = checked(input);
        requireCodeFree(input.code(), rule.id);
        rule.code = input.code();
        rule.definition = definition;
        if (input.active() != null) {
            rule.active = input.active();
        }
        if (input.position() != null) {
            rule.position = input.position();
        }
        ETags.flush(StoredFinancingRule.getEntityManager());
        return view(rule);
    }

    public void delete(UUID id, String ifMatch) {
        StoredFinancingRule rule = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, rule.version);
        rule.delete();
    }

    private static StoredFinancingRule find(UUID id, LockModeType lock) {
        StoredFinancingRule rule = StoredFinancingRule.findById(id, lock);
        if (rule == null) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return rule;
    }

    /** The rule's definition as stored, once {@link RuleParser} finds nothing wrong with it (400 otherwise). */
    private static String checked(FinancingRuleInput input) {
        List<FieldError> unsafe = new ArrayList<>();
        storable(input.condition(), "condition", unsafe);
        storable(input.amount(), "amount", unsafe);
        if (!unsafe.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "La règle est invalide.", unsafe, Map.of());
        }
        ObjectNode definition = JSON.createObjectNode();
        definition.put("code", input.code());
        definition.put("label", input.label());
        definition.put("instrument", input.instrument() == null ? null : input.instrument().name());
        definition.set("condition", input.condition());
        definition.set("amount", input.amount() == null ? NullNode.getInstance() : input.amount());
        ParseResult<FinancingRule> parsed = RuleParser.parseRule(definition);
        if (!parsed.valid()) {
            throw new ProblemException(ProblemType.VALIDATION, "La règle est invalide.", parsed.errors(),
                    Map.of());
        }
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the JSON request hardening does for typed fields, for the free JSON of a condition or a
     * formula: no control character in a text or a key (PostgreSQL's jsonb refuses NUL), numbers
     * within {@link InputRules#isBoundedDecimal} (and finite: a huge exponent reads as infinity).
     */
    private static void storable(JsonNode node, String path, List<FieldError> errors) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && InputRules.hasControlCharacter(node.textValue())) {
            errors.add(new FieldError(path, InputRules.CONTROL_CHARACTER_MESSAGE));
        } else if (node.isNumber() && !boundedNumber(node)) {
            errors.add(new FieldError(path, InputRules.DECIMAL_OUT_OF_BOUNDS_MESSAGE));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                storable(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (InputRules.hasControlCharacter(entry.getKey())) {
                    errors.add(new FieldError(path, InputRules.CONTROL_CHARACTER_MESSAGE));
                } else {
                    storable(entry.getValue(), path + "." + entry.getKey(), errors);
                }
            });
        }
    }

    private static boolean boundedNumber(JsonNode node) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            double value = node.doubleValue();
            return Double.isFinite(value) && InputRules.isBoundedDecimal(BigDecimal.valueOf(value));
        }
        return InputRules.isBoundedDecimal(node.decimalValue());
    }

    private static void requireCodeFree(String code, UUID except) {
        long taken = except == null ? StoredFinancingRule.count("code", code)
                : StoredFinancingRule.count("code = ?1 and id <> ?2", code, except);
        if (taken > 0) {
            throw ProblemException.conflictOnField("code", "Une autre règle porte déjà le code « " + code + " ».");
        }
    }

    private static int nextPosition() {
        Number max = (Number) StoredFinancingRule.getEntityManager()
                .createQuery("select max(position) from StoredFinancingRule").getSingleResult();
        return max == null ? 0 : max.intValue() + 1;
    }

    static FinancingRuleView view(StoredFinancingRule rule) {
        JsonNode definition = read(rule.definition);
        JsonNode amount = definition.get("amount");
        Instrument instrument = Instrument.valueOf(definition.path("instrument").asText());
        return new FinancingRuleView(rule.id, rule.code, definition.path("label").asText(), instrument,
                instrument.french(),
                definition.get("condition"), amount == null || amount.isNull() ? null : amount, rule.active,
                rule.position, rule.createdAt, rule.updatedAt, rule.version);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored financing rule is not JSON", e);
        }
    }
}
