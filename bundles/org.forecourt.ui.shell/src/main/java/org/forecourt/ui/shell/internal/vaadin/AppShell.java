package org.forecourt.ui.shell.internal.vaadin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The application shell: server push over long polling, so menus change in open browsers when a module is
 * installed or removed.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
public class AppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addLink("stylesheet", "/forecourt/shell.css");
    }
}
