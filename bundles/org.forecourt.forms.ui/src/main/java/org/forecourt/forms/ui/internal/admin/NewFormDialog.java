package org.forecourt.forms.ui.internal.admin;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.ui.internal.design.DesignIds;
import org.forecourt.forms.ui.internal.design.Owners;
import org.forecourt.forms.ui.internal.design.Texts;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/** A new, empty form: key, title in both languages, kind and owner; opens the designer when created. */
final class NewFormDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    static final String FORM_KEY = "[a-z0-9][a-z0-9.-]{0,79}";

    final TextField key = new TextField();
    final TextField titleZh = new TextField();
    final TextField titleEn = new TextField();
    final Select<String> kind = new Select<>();
    final OwnerSelect owner;
    private final transient FormService forms;

    private NewFormDialog(FormService forms, Owners owners) {
        this.forms = forms;
        setId(DesignIds.NEW_DIALOG);
        setHeaderTitle(Texts.t("forms.admin.new.title"));
        setWidth("min(34rem, 100vw)");
        key.setId(DesignIds.NEW_KEY);
        key.setLabel(Texts.t("forms.admin.key"));
        key.setHelperText(Texts.t("forms.admin.key.hint"));
        key.setRequired(true);
        titleZh.setId(DesignIds.NEW_TITLE_ZH);
        titleZh.setLabel(Texts.t("forms.admin.titleZh"));
        titleEn.setId(DesignIds.NEW_TITLE_EN);
        titleEn.setLabel(Texts.t("forms.admin.titleEn"));
        kind.setId(DesignIds.NEW_KIND);
        kind.setLabel(Texts.t("forms.admin.kind"));
        kind.setItems("checklist", "questionnaire", "agreement", "script", "survey");
        kind.setItemLabelGenerator(Texts::kind);
        kind.setValue("checklist");
        owner = new OwnerSelect(DesignIds.NEW_OWNER, owners, owners.creatable());
        FormLayout layout = new FormLayout(key, kind, titleZh, titleEn, owner);
        layout.setColspan(owner, 2);
        add(layout);
        Button createButton = new Button(Texts.t("forms.admin.create"), e -> create());
        createButton.setId(DesignIds.NEW_CREATE);
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Texts.t("forms.design.cancel"), e -> close());
        cancel.setId(DesignIds.NEW_CANCEL);
        getFooter().add(cancel, createButton);
    }

    static NewFormDialog open(FormService forms, Owners owners) {
        NewFormDialog d = new NewFormDialog(forms, owners);
        d.open();
        d.key.focus();
        return d;
    }

    /** Creates the form; true when created (then the designer opens). */
    boolean create() {
        Ui.clearFieldErrors(Map.of("key", key, "title", titleZh));
        String k = key.getValue().strip();
        if (!k.matches(FORM_KEY)) {
            key.setErrorMessage(Texts.t("forms.admin.key.invalid"));
            key.setInvalid(true);
            return false;
        }
        if (titleZh.getValue().isBlank() && titleEn.getValue().isBlank()) {
            titleZh.setErrorMessage(Texts.t("forms.admin.titleRequired"));
            titleZh.setInvalid(true);
            return false;
        }
        FormDefinition def = new FormDefinition().setKey(k)
                .setTitle(LocalText.of(titleZh.getValue().strip(), titleEn.getValue().strip()))
                .setKind(kind.getValue());
        try {
            FormDraft created = forms.create(CurrentUser.actor(), owner.getValue(), def);
            close();
            FormsListView.openDesigner(created.summary().id());
            return true;
        } catch (ValidationException e) {
            Ui.showFieldErrors(e, Map.of("key", key, "title", titleZh));
            return false;
        } catch (RuntimeException e) {
            Ui.error(e);
            return false;
        }
    }
}
