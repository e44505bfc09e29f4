package fr.relanceiae.financing.compute;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.error.FieldError;

/**
 * Reads rules from their JSON (see {@link Condition} and {@link Formula} for the
 * language) and says, for an admin editing one, everything that is wrong with it at
 * once: each problem with its JSON path and a French message. Unknown keys are
 * problems too, so that a typo ({@code "vaule"}) is not silently ignored.
 *
 * <p>Numbers are read as written: a JSON tree read with doubles is converted through
 * the shortest decimal that gives the same double ({@code 0.25}, not
 * {@code 0.25000000000000001…}).
 */
public final class RuleParser {

    static final String REQUIRED = "Champ obligatoire.";
    static final String NUMBER_EXPECTED = "Nombre attendu.";
    static final int MAX_DEPTH = 20;
    static final int MAX_LABEL_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final List<FieldError> errors = new ArrayList<>();

    private RuleParser() {
    }

    /** A list of rules, e.g. the seed file; paths start with the rule's index ({@code [2].condition}). */
    public static ParseResult<List<FinancingRule>> parseRules(String json) {
        try {
            return parseRules(JSON.readTree(json));
        } catch (IOException e) {
            return new ParseResult<>(null, List.of(new FieldError("", "JSON illisible.")));
        }
    }

    public static ParseResult<List<FinancingRule>> parseRules(JsonNode node) {
        RuleParser parser = new RuleParser();
        List<FinancingRule> rules = parser.rules(node);
        return parser.result(rules);
    }

    /** One rule: {@code {"code", "label", "instrument", "condition", "amount"}} ({@code amount} may be null). */
    public static ParseResult<FinancingRule> parseRule(JsonNode node) {
        RuleParser parser = new RuleParser();
        FinancingRule rule = parser.rule(node, "");
        return parser.result(rule);
    }

    /** A condition alone, its problems' paths starting with {@code path} (e.g. {@code condition}). */
    public static ParseResult<Condition> parseCondition(JsonNode node, String path) {
        RuleParser parser = new RuleParser();
        Condition condition = parser.condition(node, path, 1);
        return parser.result(condition);
    }

    /** An amount formula alone, its problems' paths starting with {@code path} (e.g. {@code amount}). */
    public static ParseResult<Formula> parseFormula(JsonNode node, String path) {
        RuleParser parser = new RuleParser();
        Formula formula = parser.formula(node, path, 1);
        return parser.result(formula);
    }

    private <T> ParseResult<T> result(T value) {
        return errors.isEmpty() ? new ParseResult<>(value, List.of()) : new ParseResult<>(null, errors);
    }

    private List<FinancingRule> rules(JsonNode node) {
        if (node == null || !node.isArray()) {
            problem("", "Liste de règles attendue.");
            return null;
        }
        List<FinancingRule> rules = new ArrayList<>();
        Map<String, Integer> indexByCode = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            FinancingRule rule = rule(node.get(i), "[" + i + "]");
            rules.add(rule);
            if (rule != null && indexByCode.putIfAbsent(rule.code(), i) != null) {
                problem("[" + i + "].code", "Code « " + rule.code() + " » déjà utilisé par la règle ["
                        + indexByCode.get(rule.code()) + "].");
            }
        }
        return rules;
    }

    private FinancingRule rule(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "Règle attendue : un objet avec code, label, instrument, condition et amount.");
            return null;
        }
        onlyKeys(node, path, Set.of("code", "label", "instrument", "condition", "amount"));
        String code = text(node, path, "code");
        if (code != null && !CODE.matcher(code).matches()) {
            problem(at(path, "code"), "Code attendu : une majuscule puis des majuscules, chiffres ou _ (50 au plus).");
        }
        String label = text(node, path, "label");
        if (label != null && (label.isBlank() || label.length() > MAX_LABEL_LENGTH)) {
            problem(at(path, "label"), "Libellé attendu : de 1 à " + MAX_LABEL_LENGTH + " caractères.");
        }
        String instrumentCode = text(node, path, "instrument");
        Instrument instrument = instrumentCode == null ? null : byName(Instrument.values(), instrumentCode).orElse(null);
        if (instrumentCode != null && instrument == null) {
            problem(at(path, "instrument"), "Instrument inconnu « " + instrumentCode + " » : attendu "
                    + names(Instrument.values()) + ".");
        }
        Condition condition = null;
        if (node.get("condition") == null || node.get("condition").isNull()) {
            problem(at(path, "condition"), REQUIRED);
        } else {
            condition = condition(node.get("condition"), at(path, "condition"), 1);
        }
        JsonNode amountNode = node.get("amount");
        Formula amount = amountNode == null || amountNode.isNull() ? null : formula(amountNode, at(path, "amount"), 1);
        return new FinancingRule(code, label, instrument, condition, amount);
    }

    private String text(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem(at(path, key), REQUIRED);
            return null;
        }
        if (!value.isTextual()) {
            problem(at(path, key), "Texte attendu.");
            return null;
        }
        return value.textValue();
    }

    private Condition condition(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            problem(path, "Condition trop imbriquée (" + MAX_DEPTH + " niveaux au plus).");
            return null;
        }
        if (node == null || !node.isObject()) {
            problem(path, "Condition attendue : un objet avec « all », « any » ou « field ».");
            return null;
        }
        if (node.has("all") || node.has("any")) {
            String key = node.has("all") ? "all" : "any";
            onlyKeys(node, path, Set.of(key));
            List<Condition> conditions = conditions(node.get(key), at(path, key), depth);
            if (conditions == null) {
                return null;
            }
            return key.equals("all") ? new Condition.All(conditions) : new Condition.Any(conditions);
        }
        if (node.has("field")) {
            return node.has("in") ? membership(node, path) : comparison(node, path, depth);
        }
        problem(path, "Condition attendue : un objet avec « all », « any » ou « field ».");
        return null;
    }

    private List<Condition> conditions(JsonNode node, String path, int depth) {
        if (!node.isArray() || node.isEmpty()) {
            problem(path, "Liste de conditions attendue (au moins une).");
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            conditions.add(condition(node.get(i), path + "[" + i + "]", depth + 1));
        }
        return conditions.contains(null) ? null : conditions;
    }

    private Condition comparison(JsonNode node, String path, int depth) {
        onlyKeys(node, path, Set.of("field", "op", "value"));
        RuleField field = field(node.get("field"), at(path, "field"));
        ComparisonOp op = op(node.get("op"), at(path, "op"), field);
        JsonNode valueNode = node.get("value");
        if (valueNode == null || valueNode.isNull()) {
            problem(at(path, "value"), REQUIRED);
            return null;
        }
        if (field == null) {
            return null;
        }
        Condition.Operand operand = operand(valueNode, at(path, "value"), field);
        return op == null || operand == null ? null : new Condition.Comparison(field, op, operand);
    }

    private ComparisonOp op(JsonNode node, String path, RuleField field) {
        if (node == null || node.isNull()) {
            problem(path, "Opérateur manquant : " + ComparisonOp.SYMBOLS + ".");
            return null;
        }
        Optional<ComparisonOp> op = node.isTextual() ? ComparisonOp.bySymbol(node.textValue()) : Optional.empty();
        if (op.isEmpty()) {
            problem(path, "Opérateur inconnu « " + node.asText() + " » : attendu " + ComparisonOp.SYMBOLS + ".");
            return null;
        }
        if (field != null && op.get().ordering() && !field.type().ordered()) {
            problem(path, "« " + op.get().symbol() + " » ne s'applique pas à « " + field.jsonName()
                    + " » (" + typeName(field.type()) + ") : utilisez = ou !=.");
            return null;
        }
        return op.get();
    }

    private Condition.Operand operand(JsonNode node, String path, RuleField field) {
        if (node.isObject()) {
            onlyKeys(node, path, Set.of("field"));
            RuleField other = field(node.get("field"), at(path, "field"));
            if (other != null && other.type() != field.type()) {
                problem(at(path, "field"), "« " + field.jsonName() + " » (" + typeName(field.type())
                        + ") ne se compare pas à « " + other.jsonName() + " » (" + typeName(other.type()) + ").");
                return null;
            }
            return other == null ? null : new Condition.FieldRef(other);
        }
        Object constant = constant(node, path, field.type());
        return constant == null ? null : new Condition.Constant(constant);
    }

    private Condition membership(JsonNode node, String path) {
        onlyKeys(node, path, Set.of("field", "in"));
        RuleField field = field(node.get("field"), at(path, "field"));
        if (field == null) {
            return null;
        }
        String listPath = at(path, "in");
        if (field.type() != ValueType.STRUCTURE_KIND && field.type() != ValueType.RISK_LEVEL) {
            problem(listPath, "« in » s'applique au type de structure ou au niveau de risque, pas à « "
                    + field.jsonName() + " ».");
            return null;
        }
        JsonNode list = node.get("in");
        if (!list.isArray() || list.isEmpty()) {
            problem(listPath, "Liste de valeurs attendue (au moins une).");
            return null;
        }
        Set<Object> values = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            values.add(constant(list.get(i), listPath + "[" + i + "]", field.type()));
        }
        return values.contains(null) ? null : new Condition.Membership(field, List.copyOf(values));
    }

    private RuleField field(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            problem(path, "Nom de donnée attendu (par exemple « runwayMonths »).");
            return null;
        }
        Optional<RuleField> field = RuleField.byJsonName(node.textValue());
        if (field.isEmpty()) {
            problem(path, "Donnée inconnue « " + node.textValue() + " » : attendu " + names(RuleField.values()) + ".");
        }
        return field.orElse(null);
    }

    /** A constant of the given type, or null after reporting why it is not one. */
    private Object constant(JsonNode node, String path, ValueType type) {
        switch (type) {
            case NUMBER:
                if (node.isNumber()) {
                    return decimal(node);
                }
                problem(path, NUMBER_EXPECTED);
                return null;
            case BOOLEAN:
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                problem(path, "true ou false attendu.");
                return null;
            case RISK_LEVEL:
                Optional<RiskLevel> level = node.isTextual() ? byName(RiskLevel.values(), node.textValue()) : Optional.empty();
                if (level.isEmpty()) {
                    problem(path, "Niveau de risque inconnu « " + node.asText() + " » : attendu "
                            + names(RiskLevel.values()) + ".");
                }
                return level.orElse(null);
            default:
                Optional<StructureKind> kind = node.isTextual() ? byName(StructureKind.values(), node.textValue())
                        : Optional.empty();
                if (kind.isEmpty()) {
                    problem(path, "Type de structure inconnu « " + node.asText() + " » : attendu "
                            + names(StructureKind.values()) + ".");
                }
                return kind.orElse(null);
        }
    }

    private Formula formula(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            problem(path, "Formule trop imbriquée (" + MAX_DEPTH + " niveaux au plus).");
            return null;
        }
        if (node.isNumber()) {
            return new Formula.Constant(decimal(node));
        }
        String operations = "const, field, " + Arrays.stream(Formula.Operator.values())
                .map(Formula.Operator::jsonName).collect(Collectors.joining(", "));
        if (!node.isObject() || node.size() != 1) {
            problem(path, "Formule attendue : un nombre, ou un objet avec une seule clé parmi " + operations + ".");
            return null;
        }
        String key = node.fieldNames().next();
        JsonNode argument = node.get(key);
        String argumentPath = at(path, key);
        if (key.equals("const")) {
            if (!argument.isNumber()) {
                problem(argumentPath, NUMBER_EXPECTED);
                return null;
            }
            return new Formula.Constant(decimal(argument));
        }
        if (key.equals("field")) {
            RuleField field = field(argument, argumentPath);
            if (field != null && field.type() != ValueType.NUMBER) {
                problem(argumentPath, "« " + field.jsonName() + " » n'est pas un nombre.");
                return null;
            }
            return field == null ? null : new Formula.FieldValue(field);
        }
        Optional<Formula.Operator> operator = Formula.Operator.byJsonName(key);
        if (operator.isEmpty()) {
            problem(argumentPath, "Opération inconnue « " + key + " » : attendu " + operations + ".");
            return null;
        }
        if (!argument.isArray() || (operator.get().binary() ? argument.size() != 2 : argument.isEmpty())) {
            problem(argumentPath, operator.get().binary() ? "Liste de deux termes attendue."
                    : "Liste de termes attendue (au moins un).");
            return null;
        }
        List<Formula> terms = new ArrayList<>();
        for (int i = 0; i < argument.size(); i++) {
            terms.add(formula(argument.get(i), argumentPath + "[" + i + "]", depth + 1));
        }
        return terms.contains(null) ? null : new Formula.Operation(operator.get(), terms);
    }

    private void onlyKeys(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                problem(at(path, key), "Clé inattendue « " + key + " » : attendu "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    private void problem(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The number as written, also from a tree read with doubles. */
    private static BigDecimal decimal(JsonNode node) {
        if (node.isBigDecimal()) {
            return node.decimalValue();
        }
        if (node.isIntegralNumber()) {
            return new BigDecimal(node.bigIntegerValue());
        }
        return BigDecimal.valueOf(node.doubleValue());
    }

    private static <E extends Enum<E>> Optional<E> byName(E[] values, String name) {
        return Arrays.stream(values).filter(e -> e.name().equals(name)).findFirst();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v instanceof RuleField f ? f.jsonName() : v.name())
                .collect(Collectors.joining(", "));
    }

    private static String typeName(ValueType type) {
        return switch (type) {
            case NUMBER -> "nombre";
            case BOOLEAN -> "oui ou non";
            case RISK_LEVEL -> "niveau de risque";
            case STRUCTURE_KIND -> "type de structure";
        };
    }
}
