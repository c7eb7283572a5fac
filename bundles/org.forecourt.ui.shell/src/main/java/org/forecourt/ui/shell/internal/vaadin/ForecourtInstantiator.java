package org.forecourt.ui.shell.internal.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.VaadinService;

import org.forecourt.ui.shell.internal.ShellContext;
import org.forecourt.ui.shell.internal.views.HomeView;
import org.forecourt.ui.shell.internal.views.LoginView;
import org.forecourt.ui.shell.internal.views.MainLayout;
import org.forecourt.ui.shell.internal.views.NotFoundView;
import org.forecourt.ui.shell.internal.views.NotPermittedView;

/** Creates the shell's views with its services, and module views through their contribution's factory. */
public class ForecourtInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;
    private final transient ShellContext shell;
    private final transient ShellI18n i18n;

    public ForecourtInstantiator(VaadinService service, ShellContext shell) {
        super(service);
        this.shell = shell;
        this.i18n = new ShellI18n(shell.messages());
    }

    @Override
    public <T extends com.vaadin.flow.component.HasElement> T createRouteTarget(Class<T> type, NavigationEvent event) {
        Object created = create(type);
        return created != null ? type.cast(created) : super.createRouteTarget(type, event);
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Object created = create(type);
        return created != null ? type.cast(created) : super.getOrCreate(type);
    }

    private Object create(Class<?> type) {
        if (type == MainLayout.class) {
            return new MainLayout(shell);
        }
        if (type == LoginView.class) {
            return new LoginView(shell);
        }
        if (type == HomeView.class) {
            return new HomeView(shell);
        }
        if (type == NotPermittedView.class) {
            return new NotPermittedView();
        }
        if (type == NotFoundView.class) {
            return new NotFoundView();
        }
        if (Component.class.isAssignableFrom(type)) {
            return shell.registry().viewFor(type).map(v -> (Object) v.create()).orElse(null);
        }
        return null;
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }
}
