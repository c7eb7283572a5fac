package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.core.impl.internal.Fixture.group;
import static org.forecourt.core.impl.internal.Fixture.storeRole;

import java.security.Principal;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.impl.internal.jaas.ShellLoginModule;
import org.forecourt.core.impl.internal.user.AuthenticationServiceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Karaf console/SSH login module, through a real JAAS LoginContext and a real AuthenticationService. */
public abstract class ShellLoginContract extends DatabaseTest {

    Store pudong;

    @BeforeEach
    void users() {
        pudong = f.store(f.brand("BYD", "比亚迪"), "SH-PD-01");
        f.user("admin", group(Role.GROUP_ADMIN));
        f.user("integrator", group(Role.INTEGRATOR));
        f.user("sales", storeRole(Role.SALES_CONSULTANT, pudong));
    }

    /** The realm as Karaf's ProxyLoginModule would pass it on: the module with the service in its options. */
    static Configuration realm(AuthenticationServiceImpl auth) {
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(ShellLoginModule.class.getName(),
                        LoginModuleControlFlag.REQUIRED, Map.of(ShellLoginModule.AUTHENTICATION, auth))};
            }
        };
    }

    static CallbackHandler credentials(String username, String password) {
        return callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof NameCallback n) {
                    n.setName(username);
                } else if (c instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                } else {
                    throw new UnsupportedCallbackException(c);
                }
            }
        };
    }

    private LoginContext login(String username, String password) throws LoginException {
        LoginContext context = new LoginContext("karaf", new Subject(), credentials(username, password),
                realm(f.auth));
        context.login();
        return context;
    }

    @Test
    void aGroupAdminGetsKarafsRolesAndAUserPrincipal() throws LoginException {
        LoginContext context = login("admin", Fixture.PASSWORD);
        Subject subject = context.getSubject();

        assertThat(subject.getPrincipals(UserPrincipal.class)).extracting(Principal::getName).containsExactly("admin");
        assertThat(subject.getPrincipals(RolePrincipal.class)).extracting(Principal::getName)
                .containsExactlyInAnyOrder("admin", "manager", "viewer", "systembundles", "ssh");

        context.logout();
        assertThat(subject.getPrincipals()).isEmpty();
    }

    @Test
    void anIntegratorMayUseTheShellToo() throws LoginException {
        assertThat(login("integrator", Fixture.PASSWORD).getSubject().getPrincipals(RolePrincipal.class)).hasSize(5);
    }

    @Test
    void aWrongPasswordOrUnknownUserFails() {
        assertThatThrownBy(() -> login("admin", "wrong-password1")).isInstanceOf(FailedLoginException.class);
        assertThatThrownBy(() -> login("nobody", Fixture.PASSWORD)).isInstanceOf(FailedLoginException.class);
    }

    @Test
    void aUserWithoutTheShellPermissionFailsLikeAWrongPassword() {
        assertThatThrownBy(() -> login("sales", Fixture.PASSWORD)).isInstanceOf(FailedLoginException.class)
                .hasMessage("Sign-in failed");
    }

    @Test
    void revokingTheShellPermissionLocksTheIntegratorOut() throws LoginException {
        login("integrator", Fixture.PASSWORD).logout();
        f.users.setRolePermissions(f.system, Role.INTEGRATOR, java.util.Set.of("core.apikey.manage"));
        assertThatThrownBy(() -> login("integrator", Fixture.PASSWORD)).isInstanceOf(FailedLoginException.class);
    }

    @Test
    void shellFailuresCountTowardsTheLockout() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login("admin", "wrong-password1")).isInstanceOf(FailedLoginException.class);
        }
        assertThatThrownBy(() -> login("admin", Fixture.PASSWORD)).isInstanceOf(FailedLoginException.class);
    }

    @Test
    void withoutTheServiceTheModuleRefuses() {
        Configuration empty = new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(ShellLoginModule.class.getName(),
                        LoginModuleControlFlag.REQUIRED, Map.of())};
            }
        };
        assertThatThrownBy(() -> new LoginContext("karaf", new Subject(), credentials("admin", Fixture.PASSWORD),
                empty).login()).isInstanceOf(LoginException.class);
    }
}
