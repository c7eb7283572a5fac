package org.forecourt.forms.ui.internal.osgi;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import org.forecourt.forms.ui.internal.pdf.PdfFonts;

/**
 * The font PDFs of filled forms are written with (configuration PID {@code org.forecourt.forms.pdf}). Without a
 * configuration, well-known system CJK TrueType fonts are looked for (see {@link PdfFonts#SYSTEM_FONTS}).
 */
@Component(service = PdfFontSettings.class, configurationPid = PdfFontSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PdfFontSettings.Config.class)
public class PdfFontSettings {

    public static final String PID = "org.forecourt.forms.pdf";

    /** The PDF font configuration. */
    @ObjectClassDefinition(id = PID, name = "Forecourt forms PDF",
            description = "The font PDFs of filled forms are written with")
    public @interface Config {
        @AttributeDefinition(name = "Font file", description = "A TrueType CJK font (.ttf or .ttc with TrueType "
                + "outlines, e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc). OpenType/CFF fonts such as Noto "
                + "Sans CJK cannot be embedded. Empty = look for system fonts.")
        String fontPath() default "";
    }

    private volatile PdfFonts fonts = new PdfFonts(null);

    @Activate
    @Modified
    void configure(Config config) {
        String p = config.fontPath();
        fonts = new PdfFonts(p == null || p.isBlank() ? null : Path.of(p.trim()));
    }

    public PdfFonts fonts() {
        return fonts;
    }
}
