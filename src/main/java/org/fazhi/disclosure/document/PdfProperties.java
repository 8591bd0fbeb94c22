package org.fazhi.disclosure.document;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The font the decisions' PDFs are set in. A TrueType font (.ttf, or a face of a .ttc collection) is needed, since
 * only its glyphs can be embedded as a subset: AR PL UKai (Debian's fonts-arphic-ukai, which .ci/run installs) by
 * default. The Noto CJK fonts are OpenType with CFF outlines and are refused.
 *
 * @param font     the font file
 * @param fontFace the face's PostScript name inside a collection (UKaiCN); the first face when absent from it
 */
@ConfigurationProperties("fazhi.disclosure.pdf")
record PdfProperties(
        @DefaultValue("/usr/share/fonts/truetype/arphic/ukai.ttc") Path font,
        @DefaultValue("UKaiCN") String fontFace) {
}
