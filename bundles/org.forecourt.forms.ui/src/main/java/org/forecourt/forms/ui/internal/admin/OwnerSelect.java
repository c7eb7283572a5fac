package org.forecourt.forms.ui.internal.admin;

import java.util.List;

import com.vaadin.flow.component.select.Select;

import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.ui.internal.design.Owners;
import org.forecourt.forms.ui.internal.design.Texts;

/** A choice of owner (group, a brand, a store) named as the user knows them; the first is preselected. */
final class OwnerSelect extends Select<FormOwner> {

    private static final long serialVersionUID = 1L;

    OwnerSelect(String id, Owners owners, List<FormOwner> choices) {
        setId(id);
        setLabel(Texts.t("forms.admin.owner"));
        setItems(choices);
        setItemLabelGenerator(owners::name);
        setWidthFull();
        if (!choices.isEmpty()) {
            setValue(choices.get(0));
        }
        setVisible(choices.size() > 1);
    }
}
