package org.victimcompensation.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the engine may touch. Expressions in a process see only the delegates our processes name (an
 * explicit bean map, not the whole application context: a deployed expression must never reach the
 * claims or the audit trail), no process may carry a script, and engine operators (Cockpit and the
 * engine REST API, when switched on) get read-only grants and no variable values.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    /** The engine group every signed-in engine operator belongs to (see {@link OperatorAuthentication}). */
    static final String OPERATORS = "compensation-operators";

    /** The beans our BPMN files name in {@code camunda:delegateExpression}; nothing else is visible. */
    static final Set<String> PROCESS_BEANS = Set.of("claimScreened", "informationReminder");

    private static final String SETUP_CLOSED = "setup-closed";

    private final ApplicationContext context;

    EngineHardening(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        NamedBeans beans = new NamedBeans(context, PROCESS_BEANS);
        configuration.setBeans(beans); // scripting's bean resolver reads this
        // Replaces the one the engine factory made before plugins ran, which sees the whole context.
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
        configuration.setScriptFactory(new NoScripts());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        closeFirstUserSetup(engine.getIdentityService());
        AuthorizationService authorizations = engine.getAuthorizationService();
        grant(authorizations, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grant(authorizations, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(authorizations, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grant(authorizations, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(authorizations, Resources.TASK, "*", Permissions.READ);
        grant(authorizations, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(authorizations, Resources.BATCH, "*", Permissions.READ);
    }

    /**
     * Camunda's web apps offer a "create the first admin" page while no member of its admin group
     * exists. A placeholder member, with a random password nobody knows and no way to sign in (the
     * engine's own login and admin app are never served), keeps that page from ever opening.
     */
    private static void closeFirstUserSetup(IdentityService identity) {
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Engine administrators (none can sign in)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        User placeholder = identity.newUser(SETUP_CLOSED);
        placeholder.setFirstName("First-user setup");
        placeholder.setLastName("closed");
        placeholder.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
        identity.saveUser(placeholder);
        identity.createMembership(SETUP_CLOSED, Groups.CAMUNDA_ADMIN);
    }

    /** Idempotent: each start-up adds only grants that are missing. */
    private static void grant(AuthorizationService authorizations, Resource resource, String resourceId,
                              Permission... permissions) {
        boolean present = authorizations.createAuthorizationQuery().groupIdIn(OPERATORS)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(OPERATORS);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    /** A read-only view of a few named beans, looked up when an expression asks (delegates start after the engine). */
    private static final class NamedBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;
        private final Set<String> names;

        NamedBeans(ApplicationContext context, Set<String> names) {
            this.context = context;
            this.names = names;
        }

        @Override
        public boolean containsKey(Object key) {
            return names.contains(key);
        }

        @Override
        public Object get(Object key) {
            return names.contains(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names.stream().map(n -> Map.entry((Object) n, context.getBean(n))).collect(Collectors.toSet());
        }
    }

    /** Every script (script task, listener, condition, input/output) is refused when a process is parsed. */
    private static final class NoScripts extends ScriptFactory {

        @Override
        public ExecutableScript createScriptFromResource(String language, String resource) {
            throw refused();
        }

        @Override
        public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
            throw refused();
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, String source) {
            throw refused();
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
            throw refused();
        }

        private static ProcessEngineException refused() {
            return new ProcessEngineException("Scripts are not allowed in this service's processes.");
        }
    }
}
