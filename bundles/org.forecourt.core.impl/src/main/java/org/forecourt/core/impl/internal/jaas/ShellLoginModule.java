package org.forecourt.core.impl.internal.jaas;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.forecourt.core.api.Actor;
import org.forecourt.core.api.user.AuthenticationService;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Karaf console/SSH login on the platform's accounts. Only users holding {@code core.admin.shell} get in; they
 * receive Karaf's roles {@code admin, manager, viewer, systembundles, ssh}. Everyone else is refused with the same
 * message as a wrong password. Karaf's {@code ProxyLoginModule} creates it with its no-argument constructor and
 * passes the {@link AuthenticationService} in the options (see {@link ShellRealm}).
 */
public class ShellLoginModule implements LoginModule {

    private static final Logger LOG = LoggerFactory.getLogger(ShellLoginModule.class);

    /** Option carrying the {@link AuthenticationService} instance. */
    public static final String AUTHENTICATION = AuthenticationService.class.getName();

    /** Karaf's roles: full shell, configuration, read-only, system bundles, and the right to use SSH. */
    public static final List<String> KARAF_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbackHandler;
    private AuthenticationService authentication;
    private final List<Principal> principals = new ArrayList<>();
    private boolean succeeded;
    private boolean committed;

    public ShellLoginModule() {
        // created by reflection
    }

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        Object service = options.get(AUTHENTICATION);
        this.authentication = service instanceof AuthenticationService a ? a : null;
    }

    @Override
    public boolean login() throws LoginException {
        succeeded = false;
        principals.clear();
        if (authentication == null) {
            throw new LoginException("The Forecourt sign-in service is not available");
        }
        if (callbackHandler == null) {
            throw new LoginException("No callback handler to ask for username and password");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            // e.g. a public-key login: not ours
            throw (LoginException) new LoginException("Username and password are required").initCause(e);
        }
        String username = name.getName();
        char[] secret = password.getPassword();
        Optional<Actor> actor;
        try {
            actor = authentication.authenticate(username, secret == null ? new char[0] : secret);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            password.clearPassword();
        }
        if (actor.isEmpty()) {
            throw new FailedLoginException("Sign-in failed");
        }
        if (!actor.get().has(CorePermissions.ADMIN_SHELL)) {
            LOG.info("Shell sign-in refused: {} lacks {}", actor.get().username(), CorePermissions.ADMIN_SHELL);
            throw new FailedLoginException("Sign-in failed");
        }
        principals.add(new UserPrincipal(actor.get().username()));
        KARAF_ROLES.forEach(r -> principals.add(new RolePrincipal(r)));
        succeeded = true;
        LOG.info("Shell sign-in: {}", actor.get().username());
        return true;
    }

    @Override
    public boolean commit() {
        if (!succeeded) {
            return false;
        }
        subject.getPrincipals().addAll(principals);
        committed = true;
        return true;
    }

    @Override
    public boolean abort() {
        if (!succeeded) {
            return false;
        }
        if (committed) {
            logout();
        } else {
            principals.clear();
        }
        succeeded = false;
        return true;
    }

    @Override
    public boolean logout() {
        if (subject != null) {
            subject.getPrincipals().removeAll(principals);
        }
        principals.clear();
        committed = false;
        return true;
    }
}
