package org.forecourt.forms.ui.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.dom.Element;

/**
 * The renderer's stylesheet ({@code forms.css} beside this class). Module bundles cannot add frontend resources to
 * the pre-compiled Vaadin bundle and the shell serves only its own static files, so the rules travel with the
 * component as a {@code <style>} element; the same text on a page twice is harmless.
 */
public final class FormStyles {

    private static final String CSS = load();

    private FormStyles() {
    }

    /** Adds the stylesheet inside {@code host} (once per host). */
    public static void attachTo(Element host) {
        Element style = new Element("style");
        style.setText(CSS);
        host.appendChild(style);
    }

    static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = FormStyles.class.getResourceAsStream("forms.css")) {
            if (in == null) {
                throw new IllegalStateException("forms.css is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
