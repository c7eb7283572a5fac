package org.forecourt.core.ui.internal.users;

import java.util.Arrays;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.api.user.UserService;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.FormDialog;
import org.forecourt.ui.api.Ui;

/** Sets a new password for a user (typed twice). */
class PasswordDialog extends FormDialog {

    private static final long serialVersionUID = 1L;

    PasswordDialog(UserService users, Actor actor, UserAccount user) {
        super("password", Ui.t("coreui.password.title", user.displayName(), user.username()),
                Ui.t("coreui.password.save"));
        setWidth("min(28rem, 96vw)");
        PasswordField first = new PasswordField(Ui.t("coreui.password.new"));
        first.setId("password-new");
        first.setHelperText(Ui.t("coreui.password.hint"));
        first.setWidthFull();
        PasswordField second = new PasswordField(Ui.t("coreui.password.repeat"));
        second.setId("password-repeat");
        second.setWidthFull();
        FormLayout layout = new FormLayout(first, second);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content(layout);

        onSave(() -> {
            Map<String, PasswordField> fields = Map.of("password", first, "repeat", second);
            if (first.getValue().isEmpty()) {
                first.setErrorMessage(Ui.t("coreui.required"));
                first.setInvalid(true);
                return false;
            }
            if (!first.getValue().equals(second.getValue())) {
                first.setInvalid(false);
                second.setErrorMessage(Ui.t("coreui.password.mismatch"));
                second.setInvalid(true);
                return false;
            }
            char[] secret = first.getValue().toCharArray();
            try {
                boolean ok = Feedback.attempt(() -> users.resetPassword(actor, user.id(), secret), fields, () -> { });
                if (ok) {
                    Ui.success("coreui.password.done", user.username());
                }
                return ok;
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                first.focus();
            } else {
                first.clear();
                second.clear();
            }
        });
    }
}
