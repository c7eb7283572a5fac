package org.forecourt.forms.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;

/** Test definitions and contexts. */
final class Fixtures {

    static final FormEngineImpl ENGINE = new FormEngineImpl();

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormDefinition walkaround() {
        return ENGINE.parse(resource("walkaround.json"));
    }

    static LocalText text(String en) {
        return LocalText.of("中文 " + en, en);
    }

    static FormItem item(String key, FieldType type) {
        return new FormItem(key, type, text(key));
    }

    /** A valid one-section definition holding the given items. */
    static FormDefinition form(FormItem... items) {
        return new FormDefinition().setKey("test.form").setTitle(text("Test"))
                .setItems(java.util.List.of(items));
    }

    static FormContext context() {
        return new FormContext(Locale.ENGLISH, null, LocalDate.of(2026, 11, 22),
                Map.of("name", "Wang Fang"), Map.of("model", "Model Y", "odometerKm", 12000),
                Map.of("name", "Li Lei"), Map.of("name", "Shanghai Pudong"));
    }
}
