package org.forecourt.forms.ui;

import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/** A UI and session without a servlet, enough to build the renderer and press its buttons. */
public final class RendererHarness {

    private RendererHarness() {
    }

    public static UI start(Locale locale) {
        VaadinSession session = new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean hasLock() {
                return true;
            }
        };
        VaadinSession.setCurrent(session);
        UI ui = new UI();
        ui.getInternals().setSession(session);
        ui.setLocale(locale);
        UI.setCurrent(ui);
        return ui;
    }

    public static void stop() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
    }

    public static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RendererHarness::all));
    }

    /** The implementation behind a renderer (package access). */
    public static org.forecourt.forms.ui.internal.render.RenderCore core(FormRenderer renderer) {
        return renderer.core();
    }
}
