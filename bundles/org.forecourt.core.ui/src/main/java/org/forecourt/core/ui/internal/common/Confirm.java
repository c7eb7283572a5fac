package org.forecourt.core.ui.internal.common;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.forecourt.ui.api.Ui;

/** A yes/no question before something that cannot be undone. Ids: {@code <id>}, {@code <id>-confirm}, {@code <id>-cancel}. */
public final class Confirm {

    private Confirm() {
    }

    /**
     * @param id          the dialog's id
     * @param title       translated title
     * @param text        translated question (plain text)
     * @param confirmText translated label of the confirming button
     * @param danger      whether the button is styled as dangerous
     * @param action      run when confirmed
     */
    public static Dialog ask(String id, String title, String text, String confirmText, boolean danger,
                             Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.add(new Paragraph(text));
        Button yes = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        yes.setId(id + "-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button no = new Button(Ui.t("coreui.cancel"), e -> dialog.close());
        no.setId(id + "-cancel");
        no.addClickShortcut(Key.ESCAPE).listenOn(dialog);
        dialog.getFooter().add(no, yes);
        dialog.open();
        no.focus();
        return dialog;
    }
}
