package org.forecourt.masterdata.ui.internal.customer;

import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

import org.forecourt.masterdata.api.customer.CustomerMatch;
import org.forecourt.masterdata.api.customer.DuplicateCustomerException;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;
import org.forecourt.masterdata.ui.internal.common.StoreNames;

/**
 * The customer being saved looks like existing ones (same mobile or ID number). Shows them, each with "open it"; when
 * the service allows it, the user may state that this is a different person and create the customer anyway.
 */
class DuplicateDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /**
     * @param open         opens an existing customer (by id)
     * @param createAnyway creates the new customer regardless; null when the service does not allow it
     */
    DuplicateDialog(DuplicateCustomerException e, StoreNames stores, LongConsumer open, Runnable createAnyway) {
        setId(Ids.DUPLICATE_DIALOG);
        setHeaderTitle(Screen.t(e.confirmable() ? "masterdataui.duplicate.title" : "masterdataui.duplicate.titleTaken"));
        setWidth("min(56rem, 95vw)");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);

        Paragraph text = new Paragraph(Screen.t(e.messageKey(), e.args()));

        Grid<CustomerMatch> grid = new Grid<>();
        grid.setId(Ids.DUPLICATE_GRID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(CustomerMatch::name).setHeader(Screen.t("masterdata.customer.name")).setFlexGrow(2);
        grid.addColumn(m -> Formats.maskedMobile(m.mobile())).setHeader(Screen.t("masterdata.customer.mobile"));
        grid.addColumn(m -> stores.name(m.storeId())).setHeader(Screen.t("masterdata.customer.storeId"));
        grid.addColumn(m -> m.matchedOn().stream().sorted()
                        .map(on -> Screen.t("masterdataui.duplicate.matchedOn." + on.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(Screen.t("masterdataui.duplicate.matchedOn"));
        grid.addComponentColumn(m -> {
            Button b = new Button(Screen.t("masterdataui.duplicate.open"));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setId(Ids.DUPLICATE_OPEN + m.customerId());
            b.addClickListener(click -> {
                close();
                open.accept(m.customerId());
            });
            return b;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(e.matches());
        add(text, grid);

        Button cancel = new Button(Screen.t("masterdataui.duplicate.back"), click -> close());
        cancel.setId(Ids.DUPLICATE_CANCEL);
        getFooter().add(cancel);
        if (createAnyway != null) {
            Button anyway = new Button(Screen.t("masterdataui.duplicate.createAnyway"), click -> {
                close();
                createAnyway.run();
            });
            anyway.setId(Ids.DUPLICATE_CREATE_ANYWAY);
            anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(anyway);
        }
        cancel.focus();
    }
}
