package org.forecourt.forms.ui.internal.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.ui.internal.design.DesignIds;
import org.forecourt.forms.ui.internal.design.Owners;
import org.forecourt.forms.ui.internal.design.Texts;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * Import of a definition document (JSON): a new form of the chosen owner, or the new draft of the owner's form with
 * the same key. A document that is not a valid definition is refused with every problem listed (item, property,
 * line and column) in the user's language.
 */
final class ImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient FormService forms;
    final OwnerSelect owner;
    final Div problems = new Div();

    ImportDialog(FormService forms, Owners owners) {
        this.forms = forms;
        setId(DesignIds.IMPORT_DIALOG);
        setHeaderTitle(Texts.t("forms.admin.import.title"));
        setWidth("min(40rem, 100vw)");
        owner = new OwnerSelect(DesignIds.IMPORT_OWNER, owners, owners.creatable());
        Upload upload = new Upload();
        upload.setId(DesignIds.IMPORT_UPLOAD);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FormEngine.MAX_DEFINITION_CHARS * 4);
        upload.setDropLabel(new Span(Texts.t("forms.admin.import.drop")));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            importDocument(new String(bytes, StandardCharsets.UTF_8));
            upload.clearFileList();
        })));
        upload.addFileRejectedListener(e -> showMessage(e.getErrorMessage()));
        problems.setId(DesignIds.IMPORT_PROBLEMS);
        problems.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
        Span hint = new Span(Texts.t("forms.admin.import.hint"));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout body = new VerticalLayout(hint, owner, upload, problems);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(Texts.t("forms.design.close"), e -> close()));
    }

    /** Imports a document; true when imported (then the designer opens). */
    boolean importDocument(String json) {
        problems.removeAll();
        try {
            FormDraft d = forms.importJson(CurrentUser.actor(), owner.getValue(), json);
            close();
            Ui.success("forms.admin.import.done", d.summary().key());
            FormsListView.openDesigner(d.summary().id());
            return true;
        } catch (DefinitionException e) {
            showProblems(e.problems());
            return false;
        } catch (RuntimeException e) {
            Ui.error(e);
            return false;
        }
    }

    private void showProblems(List<DefinitionProblem> list) {
        showMessage(Texts.t("forms.admin.import.refused", list.size()));
        for (DefinitionProblem p : list) {
            Div line = new Div(new Span(Texts.problem(p)));
            line.addClassName("fc-import-problem");
            problems.add(line);
        }
    }

    private void showMessage(String text) {
        Div head = new Div(new Span(text));
        head.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        problems.add(head);
    }
}
