package org.forecourt.forms.ui.internal.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import org.forecourt.core.api.ForecourtException;
import org.forecourt.forms.api.SubmissionService;

/**
 * Photos of a photo or inspection item: thumbnails of the stored attachments (each removable while editing) and an
 * upload button that opens the camera on tablets ({@code capture="environment"}). Uploaded bytes go to the
 * renderer's attachment handler, which returns the id stored in the answer.
 */
public final class PhotoStrip extends Div {

    private final RenderCore core;
    private final String path;
    private final int maxPhotos;
    private final Consumer<List<String>> onChange;
    private final Div thumbs = new Div();
    private final Upload upload;
    private final List<String> ids = new ArrayList<>();
    private boolean editable = true;

    public PhotoStrip(RenderCore core, String path, int maxPhotos, Consumer<List<String>> onChange,
                      Consumer<String> onError) {
        this.core = core;
        this.path = path;
        this.maxPhotos = Math.max(1, maxPhotos);
        this.onChange = onChange;
        addClassName("fc-photos");
        thumbs.addClassName("fc-photo-thumbs");
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            try {
                String id = core.attachments().store(path, meta.fileName(), bytes);
                ids.add(id);
                onError.accept(null);
                refresh();
                onChange.accept(List.copyOf(ids));
            } catch (ForecourtException e) {
                onError.accept(Texts.t(e.messageKey(), e.args()));
            }
            clearUploadList();
        }));
        upload.addClassName("fc-photo-upload");
        upload.setAcceptedFileTypes("image/*", "image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) SubmissionService.MAX_ATTACHMENT_BYTES);
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> onError.accept(Texts.t("forms.fill.photo.rejected")));
        Button button = new Button(Texts.t("forms.fill.photo.add"), VaadinIcon.CAMERA.create());
        button.addClassName("fc-photo-button");
        upload.setUploadButton(button);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Texts.t("forms.fill.photo.drop"))
                .setMany(Texts.t("forms.fill.photo.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Texts.t("forms.fill.photo.add"))
                .setMany(Texts.t("forms.fill.photo.add")));
        upload.setI18n(i18n);
        // tablets and phones open the rear camera: the component's own property and the inner file input
        upload.getElement().setProperty("capture", "environment");
        upload.getElement().addAttachListener(e -> upload.getElement().executeJs(
                "const i = (this.shadowRoot && this.shadowRoot.querySelector('input[type=file]'))"
                        + " || this.querySelector('input[type=file]');"
                        + " if (i) { i.setAttribute('capture', 'environment'); }"));
        add(thumbs, upload);
    }

    private void clearUploadList() {
        upload.clearFileList();
    }

    /** Shows these photos (attachment ids). */
    public void load(List<String> photoIds) {
        ids.clear();
        ids.addAll(photoIds);
        refresh();
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
        refresh();
    }

    public List<String> ids() {
        return List.copyOf(ids);
    }

    /** Stores a photo as if it had been uploaded (tests; the upload callback does the same). */
    public void accept(String fileName, byte[] bytes) {
        String id = core.attachments().store(path, fileName, bytes);
        ids.add(id);
        refresh();
        onChange.accept(List.copyOf(ids));
    }

    private void refresh() {
        thumbs.removeAll();
        for (String id : ids) {
            Div cell = new Div();
            cell.addClassName("fc-photo-thumb");
            cell.getElement().setAttribute("data-attachment", id);
            cell.add(image(core, id, "fc-photo-image", Texts.t("forms.fill.photo.alt")));
            if (editable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    ids.remove(id);
                    refresh();
                    onChange.accept(List.copyOf(ids));
                });
                remove.addClassName("fc-photo-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(Texts.t("forms.fill.photo.remove"));
                cell.add(remove);
            }
            thumbs.add(cell);
        }
        upload.setVisible(editable && ids.size() < maxPhotos);
    }

    /** An image of a stored attachment, loaded from the attachment handler when the browser asks for it. */
    static Image image(RenderCore core, String attachmentId, String className, String alt) {
        Image img = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = core.attachments().load(attachmentId);
            if (bytes == null) {
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), attachmentId,
                    bytes.length > 3 && (bytes[0] & 0xff) == 0x89 ? "image/png" : "image/jpeg", bytes.length);
        }), alt);
        img.addClassName(className);
        return img;
    }
}
