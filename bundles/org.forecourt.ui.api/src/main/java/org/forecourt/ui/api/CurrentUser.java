package org.forecourt.ui.api;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.NotPermittedException;

/** The signed-in user of the current Vaadin session. */
public final class CurrentUser {

    /** Session attribute the shell stores the {@link Actor} under. */
    public static final String SESSION_ATTRIBUTE = Actor.class.getName();

    private CurrentUser() {
    }

    public static Optional<Actor> find() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Actor) session.getAttribute(SESSION_ATTRIBUTE));
    }

    /** @throws NotPermittedException when nobody is signed in */
    public static Actor actor() {
        return find().orElseThrow(() -> new NotPermittedException("error.notSignedIn"));
    }
}
