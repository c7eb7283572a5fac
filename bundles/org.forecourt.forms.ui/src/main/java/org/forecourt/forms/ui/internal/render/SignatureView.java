package org.forecourt.forms.ui.internal.render;

import java.util.Base64;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

import org.forecourt.core.api.ForecourtException;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.api.model.FormItem;

/**
 * A signature pad: a {@code <canvas class="fc-signature-canvas">} drawn on with pointer events (mouse, pen, finger),
 * set up by a small script run on the element (no custom web component). "Confirm signature"
 * ({@code fc-signature-confirm}) sends the drawing as a PNG data URL to the server, where it is stored through the
 * attachment handler; the answer is the attachment id. "Clear" ({@code fc-signature-clear}) starts again.
 */
public final class SignatureView extends FieldView {

    private static final String PNG_PREFIX = "data:image/png;base64,";

    /** Sets up drawing once per element; marks the canvas dirty when something was drawn. */
    private static final String SETUP = """
            const c = this;
            if (c.__fcInit) { return; }
            c.__fcInit = true;
            const ctx = c.getContext('2d');
            const reset = () => { ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, c.width, c.height); c.__fcDirty = false; };
            c.__fcReset = reset;
            reset();
            ctx.lineWidth = 2.5; ctx.lineCap = 'round'; ctx.lineJoin = 'round'; ctx.strokeStyle = '#111';
            let drawing = false;
            const pos = e => { const r = c.getBoundingClientRect();
              return [(e.clientX - r.left) * c.width / r.width, (e.clientY - r.top) * c.height / r.height]; };
            c.addEventListener('pointerdown', e => { drawing = true; c.setPointerCapture(e.pointerId);
              const [x, y] = pos(e); ctx.beginPath(); ctx.moveTo(x, y); e.preventDefault(); });
            c.addEventListener('pointermove', e => { if (!drawing) { return; } const [x, y] = pos(e);
              ctx.lineTo(x, y); ctx.stroke(); c.__fcDirty = true; e.preventDefault(); });
            const end = () => { drawing = false; };
            c.addEventListener('pointerup', end); c.addEventListener('pointercancel', end);
            """;

    private final Element canvas = new Element("canvas");
    private final Div pad = new Div();
    private final Div signed = new Div();
    private final Button confirm = new Button();
    private final Button clear = new Button();

    public SignatureView(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        super(core, item, path, target);
        canvas.setAttribute("width", "600");
        canvas.setAttribute("height", "200");
        canvas.setAttribute("class", "fc-signature-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", labelText() + " · " + Texts.t("forms.fill.signature.draw"));
        canvas.getStyle().set("width", "100%").set("max-width", "600px").set("aspect-ratio", "3 / 1")
              .set("touch-action", "none").set("border", "1px dashed var(--lumo-contrast-40pct)")
              .set("border-radius", "var(--lumo-border-radius-m)").set("background", "#fff").set("display", "block");
        canvas.addAttachListener(e -> canvas.executeJs(SETUP));

        confirm.setText(Texts.t("forms.fill.signature.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addClassName("fc-signature-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> canvas.executeJs("return this.__fcDirty ? this.toDataURL('image/png') : ''")
                .then(String.class, this::acceptDataUrl));
        clear.setText(Texts.t("forms.fill.signature.clear"));
        clear.setIcon(VaadinIcon.ERASER.create());
        clear.addClassName("fc-signature-clear");
        clear.addClickListener(e -> clear());

        pad.addClassName("fc-signature-pad");
        pad.getElement().appendChild(canvas);
        Div buttons = new Div(confirm, clear);
        buttons.addClassName("fc-signature-buttons");
        signed.addClassName("fc-signature-signed");
        body.add(pad, signed, buttons);
        load(value());
    }

    /**
     * Takes the drawing sent by the browser: stores the PNG through the attachment handler and answers with its id.
     * An empty drawing asks the user to sign first.
     */
    public void acceptDataUrl(String dataUrl) {
        if (!isEditable()) {
            return;
        }
        if (dataUrl == null || !dataUrl.startsWith(PNG_PREFIX)) {
            localError(Texts.t("forms.fill.signature.empty"));
            return;
        }
        String b64 = dataUrl.substring(PNG_PREFIX.length());
        if (b64.length() > SubmissionService.MAX_ATTACHMENT_BYTES * 4 / 3 + 4) {
            localError(Texts.t("forms.fill.signature.tooLarge"));
            return;
        }
        try {
            byte[] png = Base64.getDecoder().decode(b64);
            String id = core.attachments().store(path, item.getKey() + ".png", png);
            commit(id);
            load(id);
        } catch (IllegalArgumentException e) {
            localError(Texts.t("forms.fill.signature.empty"));
        } catch (ForecourtException e) {
            localError(Texts.t(e.messageKey(), e.args()));
        }
    }

    /** Throws the signature away and shows the empty pad. */
    public void clear() {
        if (!isEditable()) {
            return;
        }
        canvas.executeJs("if (this.__fcReset) { this.__fcReset(); }");
        commit(null);
        load(null);
    }

    public Button confirmButton() {
        return confirm;
    }

    public Button clearButton() {
        return clear;
    }

    @Override
    protected void load(Object value) {
        String id = Values.text(value);
        signed.removeAll();
        if (id != null) {
            Image img = PhotoStrip.image(core, id, "fc-signature-image", Texts.t("forms.fill.signature.alt"));
            img.setMaxWidth("600px");
            img.setWidthFull();
            signed.add(img);
        }
        signed.setVisible(id != null);
        pad.setVisible(id == null && isEditable());
        confirm.setVisible(id == null && isEditable());
        clear.setVisible(isEditable());
        root.getElement().setAttribute("data-signed", String.valueOf(id != null));
    }

    @Override
    protected void setEditable(boolean editable) {
        load(value());
    }
}
