package org.forecourt.core.ui.internal.apikeys;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.ApiKeyService;
import org.forecourt.core.api.user.ApiKeyService.CreatedApiKey;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.FormDialog;
import org.forecourt.ui.api.Ui;

/** Creates an API key: the connector it belongs to, the stores it delivers to, what it may do. */
class ApiKeyDialog extends FormDialog {

    private static final long serialVersionUID = 1L;

    ApiKeyDialog(ApiKeyService keys, Actor actor, List<Store> stores, List<String> permissions,
                 Function<String, String> permissionLabel, Consumer<CreatedApiKey> onCreated) {
        super("apikey", Ui.t("coreui.apikeys.new"), Ui.t("coreui.apikeys.create"));
        TextField owner = new TextField(Ui.t("coreui.apikeys.owner"));
        owner.setId("apikey-owner");
        owner.setHelperText(Ui.t("coreui.apikeys.owner.hint"));
        owner.setMaxLength(100);
        owner.setRequiredIndicatorVisible(true);
        MultiSelectComboBox<Store> storeBox = new MultiSelectComboBox<>(Ui.t("coreui.apikeys.stores"));
        storeBox.setId("apikey-stores");
        storeBox.setItems(stores);
        storeBox.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        storeBox.setRequiredIndicatorVisible(true);
        if (stores.size() == 1) {
            storeBox.setValue(Set.of(stores.get(0)));
        }
        MultiSelectComboBox<String> permissionBox = new MultiSelectComboBox<>(Ui.t("coreui.apikeys.permissions"));
        permissionBox.setId("apikey-permissions");
        permissionBox.setItems(permissions);
        permissionBox.setItemLabelGenerator(p -> permissionLabel.apply(p) + " (" + p + ")");
        permissionBox.setHelperText(Ui.t("coreui.apikeys.permissions.hint"));

        FormLayout layout = new FormLayout(owner, storeBox, permissionBox);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content(layout);

        Map<String, HasValidation> fields = Map.of("owner", owner, "storeIds", storeBox, "permissions", permissionBox);
        onSave(() -> {
            CreatedApiKey[] created = new CreatedApiKey[1];
            Set<Long> storeIds = storeBox.getValue().stream().map(Store::id).collect(Collectors.toSet());
            boolean ok = Feedback.attempt(() -> created[0] = keys.create(actor, owner.getValue().strip(), storeIds,
                    Set.copyOf(permissionBox.getValue())), fields, () -> { });
            if (ok) {
                onCreated.accept(created[0]);
            }
            return ok;
        });
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                owner.focus();
            }
        });
    }
}
