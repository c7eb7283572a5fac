package org.forecourt.forms.ui.internal.design;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.ui.api.CurrentUser;

/** A UI and session without a servlet, enough to build the designer's parts and use their fields. */
final class Harness {

    private Harness() {
    }

    static Actor brandAdmin() {
        return new Actor(7, "liming", "李明", Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"),
                Set.of(Role.BRAND_ADMIN), Set.of(FormsPermissions.DESIGN_VIEW, FormsPermissions.DESIGN_EDIT,
                FormsPermissions.BIND), Scope.stores(Set.of(3L, 4L)), null);
    }

    static UI start(Actor actor) {
        VaadinSession session = new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean hasLock() {
                return true;
            }
        };
        VaadinSession.setCurrent(session);
        session.setAttribute(CurrentUser.SESSION_ATTRIBUTE, actor);
        UI ui = new UI();
        ui.getInternals().setSession(session);
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
        return ui;
    }

    static void stop() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
    }

    @SuppressWarnings("unchecked")
    static <C extends Component> C find(Component root, String id, Class<C> type) {
        return (C) findAny(root, id).orElseThrow(() -> new AssertionError("No component with id " + id));
    }

    static Optional<Component> findAny(Component root, String id) {
        return all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    static Stream<Component> all(Component root) {
        Stream<Component> children = root.getChildren();
        if (root instanceof Dialog dialog) {
            children = Stream.concat(children, Stream.concat(dialog.getHeader().getElement().getChildren(),
                    dialog.getFooter().getElement().getChildren()).flatMap(e -> e.getComponent().stream()));
        }
        return Stream.concat(Stream.of(root), children.flatMap(Harness::all));
    }
}
