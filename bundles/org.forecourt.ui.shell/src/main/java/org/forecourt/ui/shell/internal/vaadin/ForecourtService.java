package org.forecourt.ui.shell.internal.vaadin;

import java.net.URL;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

import org.forecourt.ui.shell.internal.ShellContext;

/**
 * Vaadin's service, adapted to OSGi: views are created by the shell's instantiator (so module views receive their
 * services), static resources inside the embedded Vaadin jars are found through the Vaadin bundle's class loader,
 * and every UI gets the navigation guard.
 */
public class ForecourtService extends VaadinServletService {

    private static final long serialVersionUID = 1L;
    private final transient ShellContext shell;

    public ForecourtService(VaadinServlet servlet, DeploymentConfiguration configuration, ShellContext shell) {
        super(servlet, configuration);
        this.shell = shell;
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        return new ForecourtInstantiator(this, shell);
    }

    @Override
    public void init() throws ServiceException {
        super.init();
        AccessGuard guard = new AccessGuard(shell);
        addUIInitListener(event -> event.getUI().addBeforeEnterListener(guard));
        setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredURL("login?expired");
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }

    @Override
    public URL getStaticResource(String path) {
        URL url = super.getStaticResource(path);
        if (url == null) {
            ClassLoader vaadin = VaadinServlet.class.getClassLoader();
            url = vaadin.getResource("META-INF/resources" + (path.startsWith("/") ? path : "/" + path));
            if (url == null) {
                url = ForecourtService.class.getClassLoader()
                        .getResource("META-INF/resources" + (path.startsWith("/") ? path : "/" + path));
            }
        }
        return url;
    }
}
