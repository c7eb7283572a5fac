package org.forecourt.forms.ui.internal.design;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.forms.api.engine.ItemChange;

/**
 * "Publish version n": what changed since the last version, and the change note, which is required. The publish
 * action answers null when published, else the message key to show on the note.
 */
final class PublishDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextArea note = new TextArea();

    PublishDialog(List<ItemChange> changes, int number, Function<String, String> publish) {
        setId(DesignIds.PUBLISH_DIALOG);
        setHeaderTitle(Texts.t("forms.design.publish.title", number));
        setWidth("min(36rem, 100vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Span intro = new Span(Texts.t("forms.design.publish.intro"));
        intro.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        body.add(intro);
        if (!changes.isEmpty()) {
            VerticalLayout list = new VerticalLayout();
            list.setId(DesignIds.PUBLISH_CHANGES);
            list.setPadding(false);
            list.setSpacing(false);
            list.addClassName(LumoUtility.FontSize.SMALL);
            for (ItemChange c : changes) {
                String props = c.properties().isEmpty() ? "" : " (" + String.join(", ", c.properties()) + ")";
                list.add(new Span(Texts.t("forms.design.change." + c.kind().name()) + " · " + c.path() + props));
            }
            body.add(list);
        }
        note.setId(DesignIds.PUBLISH_NOTE);
        note.setLabel(Texts.t("forms.design.publish.note"));
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setMinHeight("6em");
        body.add(note);
        add(body);

        Button confirm = new Button(Texts.t("forms.design.publish.confirm"), e -> confirm(publish));
        confirm.setId(DesignIds.PUBLISH_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Texts.t("forms.design.cancel"), e -> close());
        cancel.setId(DesignIds.PUBLISH_CANCEL);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> note.focus());
    }

    private void confirm(Function<String, String> publish) {
        if (note.getValue().isBlank()) {
            note.setErrorMessage(Texts.t("forms.design.publish.noteRequired"));
            note.setInvalid(true);
            return;
        }
        String problem = publish.apply(note.getValue().strip());
        if (problem == null) {
            close();
        } else {
            note.setErrorMessage(Texts.t(problem));
            note.setInvalid(true);
        }
    }
}
