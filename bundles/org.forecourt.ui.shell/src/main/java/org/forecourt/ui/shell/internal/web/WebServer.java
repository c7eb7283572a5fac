package org.forecourt.ui.shell.internal.web;

import java.time.Duration;
import java.util.Map;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;

import org.eclipse.jetty.ee10.servlet.ServletContainerInitializerHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.user.AuthenticationService;
import org.forecourt.core.api.user.UserService;
import org.forecourt.ui.shell.internal.ShellConfig;
import org.forecourt.ui.shell.internal.ShellContext;
import org.forecourt.ui.shell.internal.ShellRegistry;
import org.forecourt.ui.shell.internal.api.ApiServlet;
import org.forecourt.ui.shell.internal.vaadin.ForecourtServlet;

/**
 * Owns the embedded Jetty 12 (ee10) server: the Vaadin application at {@code /} and the API dispatcher at
 * {@code /api/}. Vaadin 24 has no OSGi support, so this does by hand what a servlet container's scanning would do
 * (see stack-notes): the context's class loader is the Vaadin bundle's, the Lookup initializer is registered
 * explicitly, and routes are registered from the {@link ShellRegistry}.
 */
@Component(immediate = true, configurationPid = "org.forecourt.ui.shell", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ShellConfig.class)
public class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Server server;

    @Activate
    public WebServer(ShellConfig config, BundleContext bundleContext, @Reference ShellRegistry registry,
                     @Reference Messages messages, @Reference AuthenticationService authentication,
                     @Reference UserService users, @Reference OrganisationService organisation) throws Exception {
        long started = System.nanoTime();
        ShellContext shell = new ShellContext(registry, messages, authentication, users, organisation, config);

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setClassLoader(VaadinServlet.class.getClassLoader());
        // application-level configuration is read from context parameters (there is no flow-build-info scan)
        context.setInitParameter("productionMode", "true");
        context.getSessionHandler().setMaxInactiveInterval((int) Duration.ofMinutes(config.sessionTimeoutMinutes()).toSeconds());
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.addServletContainerInitializer(new ServletContainerInitializerHolder(
                LookupServletContainerInitializer.class, LookupInitializer.class));

        ServletHolder vaadin = new ServletHolder("vaadin", new ForecourtServlet(shell));
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        Map.of("productionMode", "true",
               "closeIdleSessions", "true",
               "heartbeatInterval", "60",
               "pushLongPollingSuspendTimeout", "-1")
           .forEach(vaadin::setInitParameter);
        context.addServlet(vaadin, "/*");

        ServletHolder api = new ServletHolder("api", new ApiServlet(shell, bundleContext));
        context.addServlet(api, "/api/*");

        server.setHandler(context);
        server.setStopAtShutdown(false);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(VaadinServlet.class.getClassLoader());
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        LOG.info("Forecourt web shell listening on http://{}:{}/ (started in {} ms)", config.host(), config.port(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Deactivate
    void stop() throws Exception {
        server.stop();
        LOG.info("Forecourt web shell stopped");
    }
}
