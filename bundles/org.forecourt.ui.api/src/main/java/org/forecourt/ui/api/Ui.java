package org.forecourt.ui.api;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.ValidationException;

/**
 * Small helpers every screen uses the same way: translated text, success and error notifications, and showing a
 * service's field errors next to the fields they belong to.
 */
public final class Ui {

    private static final Logger LOG = LoggerFactory.getLogger(Ui.class);

    private Ui() {
    }

    /** The text for a message key in the current user's language. */
    public static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

    public static void success(String key, Object... args) {
        Notification n = Notification.show(t(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.addClassName("fc-notification-success");
    }

    /**
     * Tells the user why something failed: the translated message of a {@link ForecourtException}, or a generic
     * message (and a log entry) for anything unexpected.
     */
    public static void error(Throwable e) {
        String text;
        if (e instanceof ForecourtException fe) {
            text = t(fe.messageKey(), fe.args());
        } else {
            LOG.error("Unexpected error in a screen", e);
            text = t("ui.error.unexpected");
        }
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("fc-notification-error");
    }

    /**
     * Puts each field error of the exception on its field (by field name); errors for fields not in the map are
     * shown as a notification. Fields not named in the exception are cleared.
     */
    public static void showFieldErrors(ValidationException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        StringBuilder rest = new StringBuilder();
        for (FieldError error : e.errors()) {
            HasValidation field = fields.get(error.field());
            String text = t(error.messageKey(), error.args().toArray());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                rest.append(rest.isEmpty() ? "" : "\n").append(text);
            }
        }
        if (!rest.isEmpty()) {
            Notification n = Notification.show(rest.toString(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Clears every field's error. */
    public static void clearFieldErrors(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
