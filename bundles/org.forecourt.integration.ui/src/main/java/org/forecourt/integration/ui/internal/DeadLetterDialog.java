package org.forecourt.integration.ui.internal;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ValidationException;
import org.forecourt.integration.api.DeadLetter;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.IntegrationService;
import org.forecourt.ui.api.Ui;

/**
 * One dead letter: where and when it failed, why (message and stack trace), its body and headers, with Replay and
 * Discard (with a note). Everything is shown through text components (values, never HTML), so a message body
 * cannot inject markup. Escape closes the dialog.
 */
class DeadLetterDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient IntegrationService service;
    private final transient Actor actor;
    private final transient Runnable onChange;
    private final VerticalLayout content = new VerticalLayout();
    private DeadLetter letter;

    DeadLetterDialog(IntegrationService service, Actor actor, DeadLetter letter, Runnable onChange) {
        this.service = service;
        this.actor = actor;
        this.onChange = onChange;
        this.letter = letter;
        setId("dead-letter-dialog");
        setWidth("min(64rem, 95vw)");
        setDraggable(true);
        setResizable(true);
        setCloseOnEsc(true);
        content.setPadding(false);
        add(content);
        render();
    }

    private void render() {
        content.removeAll();
        setHeaderTitle(Ui.t("integration.ui.deadLetter.title", letter.id()));
        getFooter().removeAll();

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        facts.add(readOnly("integration.ui.deadLetter.connector",
                letter.summary().connectorId() + " · " + letter.summary().instanceId()));
        facts.add(readOnly("integration.ui.deadLetter.route", letter.summary().routeId()));
        facts.add(readOnly("integration.ui.deadLetter.createdAt",
                IntegrationsView.time(letter.summary().createdAt(), actor)));
        facts.add(readOnly("integration.ui.deadLetter.lastAttemptAt",
                IntegrationsView.time(letter.summary().lastAttemptAt(), actor)));
        Span state = IntegrationsView.badge(Ui.t(letter.status().labelKey()), IntegrationsView.variant(letter.status()));
        state.setId("dead-letter-status");
        facts.addFormItem(state, Ui.t("integration.ui.deadLetter.status"));
        facts.add(readOnly("integration.ui.deadLetter.attempts", String.valueOf(letter.summary().attempts())));
        if (letter.resolvedBy() != null) {
            facts.add(readOnly("integration.ui.deadLetter.resolvedBy", Ui.t("integration.ui.deadLetter.resolvedByAt",
                    letter.resolvedBy(), IntegrationsView.time(letter.resolvedAt(), actor))));
        }
        if (letter.note() != null) {
            facts.add(readOnly("integration.ui.deadLetter.note", letter.note()));
        }

        TextArea error = area("integration.ui.deadLetter.error",
                (letter.summary().errorType() == null ? "" : letter.summary().errorType() + "\n")
                        + (letter.summary().errorMessage() == null ? "" : letter.summary().errorMessage()));
        error.setId("dead-letter-error");

        BodyText body = BodyText.of(letter);
        TextArea bodyArea = area("integration.ui.deadLetter.body", body.text());
        bodyArea.setHelperText(Ui.t(body.kind(), body.size()) + (body.cut() ? " · " + Ui.t("integration.ui.body.cut")
                : ""));
        bodyArea.setId("dead-letter-body");
        bodyArea.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        bodyArea.setMaxHeight("18rem");

        Grid<Map.Entry<String, String>> headers = new Grid<>();
        headers.setId("dead-letter-headers");
        headers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        headers.addColumn(Map.Entry::getKey).setHeader(Ui.t("integration.ui.deadLetter.header.name"))
                .setAutoWidth(true);
        headers.addColumn(Map.Entry::getValue).setHeader(Ui.t("integration.ui.deadLetter.header.value"))
                .setFlexGrow(1);
        headers.setItems(new java.util.TreeMap<>(letter.headers()).entrySet());
        headers.setAllRowsVisible(letter.headers().size() <= 8);
        headers.setHeight(letter.headers().size() <= 8 ? null : "14rem");
        headers.setEmptyStateText(Ui.t("integration.ui.deadLetter.noHeaders"));

        TextArea stack = area("integration.ui.deadLetter.stackTrace",
                letter.stackTrace() == null ? "" : letter.stackTrace());
        stack.setId("dead-letter-stack");
        stack.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-xs)");
        stack.setMaxHeight("14rem");

        Span headersLabel = new Span(Ui.t("integration.ui.deadLetter.headers"));
        headersLabel.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        content.add(facts, error, bodyArea, headersLabel, headers, stack);

        boolean manage = actor.has(IntegrationService.PERMISSION_MANAGE) && letter.status() == DeadLetterStatus.NEW;
        Button close = new Button(Ui.t("integration.ui.close"), e -> close());
        close.setId("dead-letter-close");
        if (manage) {
            Button replay = new Button(Ui.t("integration.ui.deadLetter.replay"), VaadinIcon.REFRESH.create(),
                    e -> replay());
            replay.setId("dead-letter-replay");
            replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            replay.setDisableOnClick(true);
            Button discard = new Button(Ui.t("integration.ui.deadLetter.discard"), VaadinIcon.TRASH.create(),
                    e -> askDiscard());
            discard.setId("dead-letter-discard");
            discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(discard, close, replay);
            replay.focus();
        } else {
            getFooter().add(close);
            close.focus();
        }
    }

    private void replay() {
        try {
            DeadLetter after = service.replay(actor, letter.id());
            letter = after;
            if (after.status() == DeadLetterStatus.REPLAYED) {
                Ui.success("integration.ui.deadLetter.replayed", after.id());
            } else {
                Notification n = Notification.show(Ui.t("integration.ui.deadLetter.replayFailed", after.id(),
                        after.summary().errorMessage()), 6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            onChange.run();
        } catch (RuntimeException e) {
            Ui.error(e);
            reload();
        }
        render();
    }

    private void askDiscard() {
        Dialog ask = new Dialog();
        ask.setId("dead-letter-discard-dialog");
        ask.setHeaderTitle(Ui.t("integration.ui.deadLetter.discard.title", letter.id()));
        TextArea note = new TextArea(Ui.t("integration.ui.deadLetter.discard.note"));
        note.setId("dead-letter-discard-note");
        note.setRequired(true);
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setHelperText(Ui.t("integration.ui.deadLetter.discard.help"));
        ask.add(note);
        Button cancel = new Button(Ui.t("integration.ui.cancel"), e -> ask.close());
        Button confirm = new Button(Ui.t("integration.ui.deadLetter.discard.confirm"), e -> {
            try {
                letter = service.discard(actor, letter.id(), note.getValue());
                Ui.success("integration.ui.deadLetter.discarded", letter.id());
                ask.close();
                onChange.run();
                render();
            } catch (ValidationException ve) {
                Ui.showFieldErrors(ve, Map.of("note", note));
            } catch (RuntimeException ex) {
                Ui.error(ex);
                ask.close();
                reload();
                render();
            }
        });
        confirm.setId("dead-letter-discard-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(cancel, confirm);
        ask.open();
        note.focus();
    }

    private void reload() {
        try {
            letter = service.get(actor, letter.id());
        } catch (RuntimeException e) {
            Ui.error(e);
        }
    }

    private static TextField readOnly(String labelKey, String value) {
        TextField f = new TextField(Ui.t(labelKey));
        f.setValue(value == null ? "" : value);
        f.setReadOnly(true);
        return f;
    }

    private static TextArea area(String labelKey, String value) {
        TextArea a = new TextArea(Ui.t(labelKey));
        a.setValue(value == null ? "" : value);
        a.setReadOnly(true);
        a.setWidthFull();
        return a;
    }
}
