package org.forecourt.forms.ui.internal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.OwnerLevel;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.ui.internal.design.DesignIds;
import org.forecourt.forms.ui.internal.design.Owners;
import org.forecourt.forms.ui.internal.design.Texts;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * A new form built on a published one: a group template becomes a brand's form (a copy, or an extension that keeps
 * following the template's locked sections); a brand form gets a store's additions (an extension; the service
 * refuses when the brand form does not allow store additions).
 */
final class DeriveDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField key = new TextField();
    final OwnerSelect owner;
    final RadioButtonGroup<Extension.Mode> mode = new RadioButtonGroup<>();
    private final transient FormService forms;
    private final transient FormSummary parent;

    private DeriveDialog(FormService forms, Owners owners, FormSummary parent) {
        this.forms = forms;
        this.parent = parent;
        setId(DesignIds.DERIVE_DIALOG);
        setHeaderTitle(Texts.t("forms.admin.derive.title", Texts.local(parent.title()), parent.currentVersion()));
        setWidth("min(32rem, 100vw)");
        Span intro = new Span(Texts.t(parent.owner().level() == OwnerLevel.GROUP ? "forms.admin.derive.fromGroup"
                : "forms.admin.derive.fromBrand"));
        intro.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        owner = new OwnerSelect(DesignIds.DERIVE_OWNER, owners, targets(owners, parent));
        owner.setVisible(true);
        key.setId(DesignIds.DERIVE_KEY);
        key.setLabel(Texts.t("forms.admin.key"));
        key.setHelperText(Texts.t("forms.admin.key.hint"));
        key.setValue(parent.key());
        key.setWidthFull();
        mode.setId(DesignIds.DERIVE_MODE);
        mode.setLabel(Texts.t("forms.admin.derive.mode"));
        mode.setItems(Extension.Mode.values());
        mode.setItemLabelGenerator(m -> Texts.t("forms.admin.derive.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(Extension.Mode.EXTEND);
        owner.addValueChangeListener(e -> storeAdditionsExtend());
        storeAdditionsExtend();
        VerticalLayout body = new VerticalLayout(intro, owner, key, mode);
        body.setPadding(false);
        add(body);
        Button create = new Button(Texts.t("forms.admin.create"), e -> derive());
        create.setId(DesignIds.DERIVE_CREATE);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(Texts.t("forms.design.cancel"), e -> close()), create);
    }

    /** Store additions always extend the brand form. */
    private void storeAdditionsExtend() {
        boolean store = owner.getValue() != null && owner.getValue().level() == OwnerLevel.STORE;
        if (store) {
            mode.setValue(Extension.Mode.EXTEND);
        }
        mode.setEnabled(!store);
    }

    /** Where a form may be derived to: a template to the user's brands, a brand form to that brand's stores. */
    static List<FormOwner> targets(Owners owners, FormSummary parent) {
        List<FormOwner> out = new ArrayList<>();
        if (parent.owner().level() == OwnerLevel.GROUP) {
            owners.creatable().stream().filter(o -> o.level() == OwnerLevel.BRAND).forEach(out::add);
        } else if (parent.owner().level() == OwnerLevel.BRAND) {
            owners.stores(parent.owner().brandId()).stream()
                    .map(s -> FormOwner.store(s.brandId(), s.id()))
                    .filter(owners::canEdit).forEach(out::add);
        }
        return out;
    }

    static DeriveDialog open(FormService forms, Owners owners, FormSummary parent) {
        DeriveDialog d = new DeriveDialog(forms, owners, parent);
        d.open();
        return d;
    }

    /** Derives the form; true when created (then the designer opens). */
    boolean derive() {
        String k = key.getValue().strip();
        if (!k.matches(NewFormDialog.FORM_KEY)) {
            key.setErrorMessage(Texts.t("forms.admin.key.invalid"));
            key.setInvalid(true);
            return false;
        }
        if (owner.getValue() == null) {
            owner.setErrorMessage(Texts.t("forms.admin.owner.required"));
            owner.setInvalid(true);
            return false;
        }
        try {
            FormDraft d = forms.derive(CurrentUser.actor(), parent.id(), owner.getValue(), k, mode.getValue());
            close();
            FormsListView.openDesigner(d.summary().id());
            return true;
        } catch (ValidationException e) {
            Ui.showFieldErrors(e, Map.of("key", key));
            return false;
        } catch (RuntimeException e) {
            Ui.error(e);
            return false;
        }
    }
}
