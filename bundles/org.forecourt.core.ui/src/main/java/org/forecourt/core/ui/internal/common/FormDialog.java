package org.forecourt.core.ui.internal.common;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import org.forecourt.ui.api.Ui;

/**
 * A modal form: title, content, and Cancel / Save in the footer. Enter saves (pending field input is committed
 * first), Esc cancels, a click outside does nothing (typed input is not lost by a stray click). Component ids are
 * {@code <prefix>-dialog}, {@code <prefix>-save} and {@code <prefix>-cancel}.
 */
public class FormDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Button save;
    private final Button cancel;

    public FormDialog(String idPrefix, String title, String saveText) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        setDraggable(true);
        setWidth("min(44rem, 96vw)");

        save = new Button(saveText);
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this).resetFocusOnActiveElement();

        cancel = new Button(Ui.t("coreui.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, save);
    }

    /** The form's content. */
    public FormDialog content(Component... components) {
        add(components);
        return this;
    }

    /** Runs the save; the dialog closes when it returns true (false: errors are shown, the form stays). */
    public FormDialog onSave(BooleanSupplier action) {
        save.addClickListener(e -> {
            save.setEnabled(false);
            try {
                if (action.getAsBoolean()) {
                    close();
                }
            } finally {
                save.setEnabled(true);
            }
        });
        return this;
    }

    public Button saveButton() {
        return save;
    }

    public Button cancelButton() {
        return cancel;
    }
}
