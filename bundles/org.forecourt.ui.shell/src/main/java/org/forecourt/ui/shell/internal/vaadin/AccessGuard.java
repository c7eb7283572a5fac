package org.forecourt.ui.shell.internal.vaadin;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;

import org.forecourt.core.api.Actor;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.ViewContribution;
import org.forecourt.ui.shell.internal.ShellContext;
import org.forecourt.ui.shell.internal.views.LoginView;
import org.forecourt.ui.shell.internal.views.NotFoundView;
import org.forecourt.ui.shell.internal.views.NotPermittedView;

/**
 * Server-side navigation guard, run before every navigation: anonymous users go to the sign-in page (and come back
 * where they wanted to go); the signed-in user's roles are re-read, so a disabled user is signed out and a revoked
 * permission takes effect at the next click; a screen whose permission the user lacks shows "not permitted" at its
 * own URL. Hiding menu entries is a convenience; this is the check.
 */
public class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;
    public static final String RETURN_TO = AccessGuard.class.getName() + ".returnTo";

    private final transient ShellContext shell;

    public AccessGuard(ShellContext shell) {
        this.shell = shell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || target == NotFoundView.class) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Optional<Actor> current = CurrentUser.find();
        if (current.isEmpty()) {
            session.setAttribute(RETURN_TO, event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        Optional<Actor> fresh = shell.authentication().actor(current.get().userId());
        if (fresh.isEmpty()) {
            session.setAttribute(CurrentUser.SESSION_ATTRIBUTE, null);
            event.forwardTo(LoginView.class);
            return;
        }
        Actor actor = fresh.get().withLocale(session.getLocale() != null ? session.getLocale() : fresh.get().locale());
        session.setAttribute(CurrentUser.SESSION_ATTRIBUTE, actor);
        if (target == NotPermittedView.class) {
            return;
        }
        String permission = shell.registry().viewFor(target).map(ViewContribution::permission).orElse(null);
        if (permission != null && !actor.has(permission)) {
            event.rerouteTo(NotPermittedView.class);
        }
    }
}
