package org.forecourt.forms.ui.internal.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.ui.internal.design.DesignIds;
import org.forecourt.forms.ui.internal.design.Texts;
import org.forecourt.ui.api.CurrentUser;

/** Export of a form as a JSON document: the draft or a chosen version. */
final class ExportDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The draft in the version choice. */
    static final int DRAFT = 0;

    private final transient FormService forms;
    private final transient FormSummary form;
    private final transient Actor actor;
    final Select<Integer> version = new Select<>();

    ExportDialog(FormService forms, FormSummary form) {
        this.forms = forms;
        this.form = form;
        setId(DesignIds.EXPORT_DIALOG);
        setHeaderTitle(Texts.t("forms.admin.export.title", Texts.local(form.title())));
        this.actor = CurrentUser.actor();
        List<Integer> choices = new ArrayList<>();
        if (form.hasDraft() || form.currentVersion() == null) {
            choices.add(DRAFT);
        }
        for (FormVersion v : forms.versions(actor, form.id())) {
            choices.add(v.number());
        }
        version.setId(DesignIds.EXPORT_VERSION);
        version.setLabel(Texts.t("forms.admin.export.version"));
        version.setItems(choices);
        version.setItemLabelGenerator(n -> n == DRAFT ? Texts.t("forms.admin.export.draft") : "v" + n);
        version.setValue(choices.isEmpty() ? null : choices.get(0));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = json().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "application/json",
                    bytes.length);
        }), "");
        download.setId(DesignIds.EXPORT_DOWNLOAD);
        download.getElement().setAttribute("download", true);
        download.add(new Button(Texts.t("forms.admin.export.download"), VaadinIcon.DOWNLOAD.create()));
        VerticalLayout body = new VerticalLayout(version, download);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(Texts.t("forms.design.close"), e -> close()));
    }

    /** The document of the chosen version (or the draft). */
    String json() {
        Integer n = version.getValue();
        return forms.exportJson(actor, form.id(), n == null || n == DRAFT ? null : n);
    }

    String fileName() {
        Integer n = version.getValue();
        return form.key() + (n == null || n == DRAFT ? "-draft" : "-v" + n) + ".json";
    }
}
