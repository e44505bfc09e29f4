package fr.relanceiae.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.shared.security.PartnerScope;

/** OAuth 2.0 client credentials grant for partner systems. */
@ApplicationScoped
@Transactional
public class ClientCredentialsService {

    static final String GRANT_TYPE = "client_credentials";

    private final TokenIssuer tokens;

    public ClientCredentialsService(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    public ClientTokenResponse issue(String grantType, String scope, ClientCredentials credentials) {
        if (grantType == null || grantType.isBlank()) {
            throw OAuthException.invalidRequest("grant_type is required.");
        }
        if (!GRANT_TYPE.equals(grantType)) {
            throw OAuthException.unsupportedGrantType("Only the client_credentials grant is supported.");
        }
        PartnerClient client = PartnerClient.findByClientId(credentials.clientId())
                .filter(found -> SecretTokens.matches(credentials.secret(), found.secretHash))
                .filter(PartnerClient::canAuthenticate)
                .orElseThrow(() -> OAuthException.invalidClient("Unknown client, wrong secret or inactive client.",
                        credentials.basic()));
        String granted = grantedScope(client, scope);
        PartnerClient.recordUse(client.id, Instant.now());
        return new ClientTokenResponse(tokens.forClient(client, granted), "Bearer", tokens.ttlSeconds(), granted);
    }

    /** Without {@code scope}, every (known) scope of the client; otherwise a subset of them. */
    private static String grantedScope(PartnerClient client, String requested) {
        List<String> allowed = client.scopeList().stream()
                .filter(scope -> PartnerScope.fromValue(scope).isPresent()).toList();
        if (requested == null || requested.isBlank()) {
            return String.join(" ", allowed);
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split(" +")));
        if (!asked.stream().allMatch(scope -> PartnerScope.fromValue(scope).isPresent())) {
            throw OAuthException.invalidScope("Unknown scope; the scopes are " + String.join(", ", PartnerScope.allValues())
                    + ".");
        }
        if (!allowed.containsAll(asked)) {
            throw OAuthException.invalidScope("The requested scope exceeds the scopes granted to this client.");
        }
        return String.join(" ", asked);
    }
}
