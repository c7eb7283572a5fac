package org.forecourt.forms.ui.internal.render;

import java.util.Map;

import org.forecourt.forms.api.model.FormItem;

/** A photo item: one or several photos ({@code maxPhotos}); the answer is the list of attachment ids. */
public final class PhotoView extends FieldView {

    private final PhotoStrip photos;

    public PhotoView(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        super(core, item, path, target);
        photos = new PhotoStrip(core, path, item.getMaxPhotos() == null ? 1 : item.getMaxPhotos(), this::commit,
                this::localError);
        body.add(photos);
        load(value());
    }

    public PhotoStrip photos() {
        return photos;
    }

    @Override
    protected void load(Object value) {
        photos.load(Values.strings(value));
    }

    @Override
    protected void setEditable(boolean editable) {
        photos.setEditable(editable);
    }
}
