package org.forecourt.masterdata.ui.internal.common;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import org.forecourt.masterdata.ui.internal.Ids;

/** "Discard your changes?" before leaving a form with unsaved input. */
public final class Confirm {

    private Confirm() {
    }

    public static void discardChanges(Runnable discard) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(Ids.DISCARD_DIALOG);
        dialog.setHeader(Screen.t("masterdataui.discard.title"));
        dialog.setText(Screen.t("masterdataui.discard.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(Screen.t("masterdataui.discard.keepEditing"));
        dialog.setConfirmText(Screen.t("masterdataui.discard.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> discard.run());
        dialog.open();
    }
}
