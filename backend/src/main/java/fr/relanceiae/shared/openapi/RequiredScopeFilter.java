package fr.relanceiae.shared.openapi;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

import fr.relanceiae.shared.security.PartnerScope;
import fr.relanceiae.shared.security.ScopeRequirements;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Puts the partner scopes in the contract: the closed list as the
 * {@code PartnerScope} schema (used by the partner clients' {@code scopes}),
 * and on each operation of {@link ScopeRequirements} the scope a partner
 * token needs, as {@code x-required-scope}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequiredScopeFilter implements OASFilter {

    static final String EXTENSION = "x-required-scope";
    static final String SCOPE_SCHEMA = "PartnerScope";
    private static final String SCOPE_REF = "#/components/schemas/" + SCOPE_SCHEMA;

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getOperationId() != null) {
            ScopeRequirements.forOperation(operation.getOperationId())
                    .ifPresent(scope -> operation.addExtension(EXTENSION, scope.value()));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        StringBuilder description = new StringBuilder("What a partner client may do:");
        for (PartnerScope scope : PartnerScope.values()) {
            description.append("\n- `").append(scope.value()).append("`: ").append(scope.label());
        }
        openAPI.getComponents().addSchema(SCOPE_SCHEMA, OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .enumeration(new ArrayList<>(PartnerScope.allValues()))
                .description(description.toString()));
        for (String holder : new String[] { "PartnerClientInput", "PartnerClientView" }) {
            Schema schema = openAPI.getComponents().getSchemas().get(holder);
            Map<String, Schema> properties = schema == null ? null : schema.getProperties();
            Schema scopes = properties == null ? null : properties.get("scopes");
            if (scopes != null) {
                scopes.setItems(OASFactory.createSchema().ref(SCOPE_REF));
            }
        }
    }
}
