package org.forecourt.ui.shell.internal.vaadin;

import java.util.Set;

import jakarta.servlet.ServletException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forecourt.ui.api.ViewContribution;
import org.forecourt.ui.shell.internal.ShellContext;
import org.forecourt.ui.shell.internal.ShellRegistry;
import org.forecourt.ui.shell.internal.views.HomeView;
import org.forecourt.ui.shell.internal.views.LoginView;
import org.forecourt.ui.shell.internal.views.MainLayout;
import org.forecourt.ui.shell.internal.views.NotFoundView;
import org.forecourt.ui.shell.internal.views.NotPermittedView;

/**
 * The Vaadin servlet. Registers the shell's own routes and keeps the application route registry in step with the
 * modules' {@link ViewContribution}s for as long as it runs.
 */
public class ForecourtServlet extends VaadinServlet implements ShellRegistry.Listener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ForecourtServlet.class);

    private final transient ShellContext shell;
    private transient ApplicationRouteRegistry routes;

    public ForecourtServlet(ShellContext shell) {
        this.shell = shell;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        ForecourtService service = new ForecourtService(this, configuration, shell);
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        VaadinServletContext context = new VaadinServletContext(getServletContext());
        AppShellRegistry.getInstance(context).setShell(AppShell.class);
        routes = ApplicationRouteRegistry.getInstance(context);
        routes.setErrorNavigationTargets(Set.of(NotFoundView.class));
        RouteConfiguration config = RouteConfiguration.forRegistry(routes);
        routes.update(() -> {
            config.setRoute(LoginView.ROUTE, LoginView.class);
            config.setRoute("", HomeView.class, MainLayout.class);
            config.setRoute(NotPermittedView.ROUTE, NotPermittedView.class, MainLayout.class);
            shell.registry().views().forEach(v -> register(config, v));
        });
        shell.registry().addListener(this);
    }

    @Override
    public void destroy() {
        shell.registry().removeListener(this);
        super.destroy();
    }

    private void register(RouteConfiguration config, ViewContribution view) {
        try {
            config.setRoute(view.route(), view.viewClass(), MainLayout.class);
        } catch (RuntimeException e) {
            LOG.error("Cannot register route /{} ({})", view.route(), view.viewClass().getName(), e);
        }
    }

    @Override
    public void viewsChanged(Set<Class<? extends Component>> added, Set<Class<? extends Component>> removed) {
        RouteConfiguration config = RouteConfiguration.forRegistry(routes);
        routes.update(() -> {
            removed.forEach(config::removeRoute);
            shell.registry().views().stream().filter(v -> added.contains(v.viewClass()))
                 .forEach(v -> register(config, v));
        });
    }

    @Override
    public void menuChanged() {
        // menus are rebuilt by each open MainLayout
    }
}
