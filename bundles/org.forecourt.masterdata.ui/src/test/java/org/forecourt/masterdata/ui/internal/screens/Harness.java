package org.forecourt.masterdata.ui.internal.screens;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinSession;

import org.forecourt.core.api.Actor;
import org.forecourt.ui.api.CurrentUser;

/** A UI and session without a servlet, enough to build the screens and press their buttons. */
final class Harness {

    private Harness() {
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
        UI ui = new TestUI();
        ui.getInternals().setSession(session);
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
        VaadinSession.setCurrent(session);
        return ui;
    }

    /** A UI that records where the screen navigates instead of going there. */
    static final class TestUI extends UI {
        private static final long serialVersionUID = 1L;
        final List<String> navigations = new ArrayList<>();

        @Override
        public void navigate(String location) {
            navigations.add(location);
        }

        @Override
        public void navigate(String location, QueryParameters queryParameters) {
            navigations.add(new Location(location, queryParameters).getPathWithQueryParameters());
        }
    }

    static List<String> navigations(UI ui) {
        return ((TestUI) ui).navigations;
    }

    static void stop() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
    }

    /** Runs the view's beforeEnter as the router would for {@code path} with the route parameter {@code id}. */
    static <V extends Component & BeforeEnterObserver> BeforeEnterEvent enter(UI ui, V view, String path, String id,
                                                                             QueryParameters query) {
        BeforeEnterEvent event = new BeforeEnterEvent(new Router(registry()), NavigationTrigger.PROGRAMMATIC,
                new Location(path, query), view.getClass(),
                id == null ? RouteParameters.empty() : new RouteParameters("id", id), ui, List.of());
        view.beforeEnter(event);
        if (view.getParent().isEmpty()) {
            ui.add(view);
        }
        return event;
    }

    /** A route registry that knows nothing: the screens navigate by path, the tests do not follow. */
    private static RouteRegistry registry() {
        return (RouteRegistry) Proxy.newProxyInstance(Harness.class.getClassLoader(),
                new Class<?>[] {RouteRegistry.class}, (proxy, method, args) -> {
                    Class<?> r = method.getReturnType();
                    if (r == boolean.class) {
                        return false;
                    }
                    if (r == Optional.class) {
                        return Optional.empty();
                    }
                    if (r == List.class) {
                        return List.of();
                    }
                    return null;
                });
    }

    /** Runs what Vaadin runs just before answering the browser (opens dialogs, notifications). */
    static void flush(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    @SuppressWarnings("unchecked")
    static <C extends Component> C find(Component root, String id, Class<C> type) {
        return (C) all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("No component with id " + id));
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
