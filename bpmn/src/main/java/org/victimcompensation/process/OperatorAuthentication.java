package org.victimcompensation.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

/**
 * Hands the engine the person the service has signed in. The service's own security chain has
 * already required the admin role on every engine path, so there is no second password: each
 * signed-in operator acts in the engine as themselves, in the operators group, whose grants are
 * read-only ({@link EngineHardening}). Instantiated by class name by
 * Camunda's filters, hence public.
 */
public class OperatorAuthentication implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return AuthenticationResult.unsuccessful();
        }
        knownToTheEngine(engine.getIdentityService(), principal.getName());
        AuthenticationResult result = AuthenticationResult.successful(principal.getName());
        result.setGroups(List.of(EngineHardening.OPERATORS));
        result.setTenants(List.of());
        return result;
    }

    /**
     * Cockpit opens only for a user its identity store knows, so an operator is recorded there on
     * first use, with an unusable random password: the engine's own login is never served.
     */
    private static void knownToTheEngine(IdentityService identity, String userId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("(operator)");
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identity.saveUser(user);
        }
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the service's own sign-in answers unauthenticated callers before they get here
    }
}
