package org.forecourt.core.ui.internal.apikeys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.user.ApiKeyService.CreatedApiKey;
import org.forecourt.core.ui.internal.common.Widgets;
import org.forecourt.ui.api.Ui;

/**
 * Shows a new key's secret once: selected for copying, with a copy button (the browser's clipboard, where it
 * allows it) and the hint to copy it by hand. It closes only through its button, so a stray Esc or click cannot
 * lose the key.
 */
class SecretDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    SecretDialog(CreatedApiKey created) {
        setId("apikey-secret-dialog");
        setHeaderTitle(Ui.t("coreui.apikeys.secret.title", created.key().owner()));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 96vw)");

        Paragraph warning = new Paragraph(Ui.t("coreui.apikeys.secret.once"));
        warning.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.ERROR);
        TextField secret = new TextField();
        secret.setId("apikey-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setAriaLabel(Ui.t("coreui.apikeys.secret.label"));
        secret.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        secret.setAutoselect(true);
        Button copy = new Button(Ui.t("coreui.apikeys.secret.copy"), VaadinIcon.COPY.create());
        copy.setId("apikey-copy");
        copy.addClickListener(e -> {
            secret.focus();
            copy.getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0)"
                    + ".then(() => true, () => false) : false", created.secret())
                    .then(Boolean.class, ok -> {
                        if (Boolean.TRUE.equals(ok)) {
                            Ui.success("coreui.apikeys.secret.copied");
                        }
                    });
        });
        HorizontalLayout row = new HorizontalLayout(secret, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(secret);
        Span hint = Widgets.secondary(Ui.t("coreui.apikeys.secret.copyHint"));
        add(warning, row, hint);

        Button done = new Button(Ui.t("coreui.apikeys.secret.done"), e -> close());
        done.setId("apikey-secret-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                secret.focus();
            }
        });
    }
}
