package org.forecourt.core.ui.internal.users;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.api.user.UserService;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.FormDialog;
import org.forecourt.core.ui.internal.users.MembershipChoices.Target;
import org.forecourt.ui.api.Ui;

/** Creates or edits a user: sign-in name, name, mobile, language, (initial password), enabled, roles. */
class UserDialog extends FormDialog {

    private static final long serialVersionUID = 1L;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField mobile = new TextField();
    private final Select<Locale> language = new Select<>();
    private final PasswordField password = new PasswordField();
    private final Checkbox enabled = new Checkbox();
    private final MembershipField memberships;
    private final Binder<UserForm> binder = new Binder<>();

    /**
     * @param onSaved  told the saved account
     * @param onReload reopens the form with the stored data after someone else saved the user
     */
    UserDialog(UserService users, Actor actor, UserForm form, MembershipChoices choices, MembershipText text,
               Function<Target, String> targetLabel, Consumer<UserAccount> onSaved, Runnable onReload) {
        super("user", Ui.t(form.isNew() ? "coreui.users.new" : "coreui.users.edit", form.getUsername()),
                Ui.t("coreui.save"));
        memberships = new MembershipField(choices, text, targetLabel);

        username.setId("user-username");
        username.setLabel(Ui.t("coreui.users.username"));
        username.setHelperText(Ui.t("coreui.users.username.hint"));
        username.setMaxLength(64);
        displayName.setId("user-display-name");
        displayName.setLabel(Ui.t("coreui.users.displayName"));
        displayName.setMaxLength(100);
        mobile.setId("user-mobile");
        mobile.setLabel(Ui.t("coreui.users.mobile"));
        mobile.setMaxLength(20);
        language.setId("user-language");
        language.setLabel(Ui.t("coreui.users.language"));
        language.setItems(Messages.SUPPORTED);
        language.setItemLabelGenerator(UsersView::languageName);
        password.setId("user-password");
        password.setLabel(Ui.t("coreui.users.initialPassword"));
        password.setHelperText(Ui.t("coreui.password.hint"));
        password.setVisible(form.isNew());
        enabled.setId("user-enabled");
        enabled.setLabel(Ui.t("coreui.users.enabled"));

        binder.forField(username).asRequired(Ui.t("coreui.required"))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName).asRequired(Ui.t("coreui.required"))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(mobile).bind(UserForm::getMobile, UserForm::setMobile);
        binder.forField(language).bind(UserForm::getLocale, UserForm::setLocale);
        binder.forField(enabled).bind(UserForm::isEnabled, UserForm::setEnabled);
        binder.forField(memberships).bind(UserForm::getMemberships, UserForm::setMemberships);
        if (form.isNew()) {
            binder.forField(password).asRequired(Ui.t("coreui.required")).bind(f -> "", (f, v) -> { });
        }
        binder.readBean(form);

        FormLayout layout = new FormLayout(username, displayName, mobile, language, password, enabled, memberships);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.setColspan(memberships, 2);
        content(layout);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("mobile", mobile);
        fields.put("locale", language);
        fields.put("password", password);
        fields.put("enabled", enabled);
        fields.put("memberships", memberships);

        onSave(() -> {
            if (!binder.writeBeanIfValid(form)) {
                return false;
            }
            UserAccount account = form.toAccount();
            UserAccount[] saved = new UserAccount[1];
            char[] secret = password.getValue().toCharArray();
            try {
                boolean ok = Feedback.attempt(() -> saved[0] = form.isNew()
                        ? users.create(actor, account, secret)
                        : users.update(actor, account), fields, () -> {
                            close();
                            onReload.run();
                        });
                if (ok) {
                    password.clear();
                    onSaved.accept(saved[0]);
                }
                return ok;
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                username.focus();
            }
        });
    }
}
