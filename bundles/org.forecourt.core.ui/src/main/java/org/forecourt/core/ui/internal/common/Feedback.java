package org.forecourt.core.ui.internal.common;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.ui.api.Ui;

/**
 * Runs a service call from a form and tells the user what went wrong: field errors next to their fields, a
 * concurrent save as a clear "someone else saved this; reload" dialog, anything else as an error notification.
 */
public final class Feedback {

    private Feedback() {
    }

    /**
     * @param action   the service call
     * @param fields   the form's fields by the names the service uses in its field errors
     * @param onReload what "reload" does after a concurrent save (e.g. reopen the form with the stored data)
     * @return whether the call succeeded
     */
    public static boolean attempt(Runnable action, Map<String, ? extends HasValidation> fields, Runnable onReload) {
        try {
            action.run();
            Ui.clearFieldErrors(fields);
            return true;
        } catch (ValidationException e) {
            Ui.showFieldErrors(e, fields);
            return false;
        } catch (ConflictException e) {
            conflict(onReload);
            return false;
        } catch (RuntimeException e) {
            Ui.error(e);
            return false;
        }
    }

    /** A call without a form. @return whether it succeeded */
    public static boolean attempt(Runnable action) {
        return attempt(action, Map.of(), () -> { });
    }

    /**
     * "Someone else saved this in the meantime": nothing was written; the user reloads (losing their input) or keeps
     * the form open to copy what they typed. Ids: {@code conflict-dialog}, {@code conflict-reload},
     * {@code conflict-keep}.
     */
    public static void conflict(Runnable onReload) {
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle(Ui.t("coreui.conflict.title"));
        dialog.setWidth("min(32rem, 96vw)");
        dialog.add(new Paragraph(Ui.t("coreui.conflict.text")));
        Button reload = new Button(Ui.t("coreui.conflict.reload"), e -> {
            dialog.close();
            onReload.run();
        });
        reload.setId("conflict-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(Ui.t("coreui.conflict.keep"), e -> dialog.close());
        keep.setId("conflict-keep");
        dialog.getFooter().add(keep, reload);
        dialog.open();
    }
}
