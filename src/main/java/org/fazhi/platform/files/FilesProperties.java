package org.fazhi.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the file store ({@code fazhi.files.*}) per category of file; an owner may accept less. Uploads through
 * the web are also bounded by {@code spring.servlet.multipart.max-file-size}.
 *
 * @param maxImage    largest photo or image
 * @param maxDocument largest PDF or Word document
 * @param maxAudio    largest audio recording
 * @param maxVideo    largest video
 */
@ConfigurationProperties("fazhi.files")
public record FilesProperties(@DefaultValue("10MB") DataSize maxImage, @DefaultValue("20MB") DataSize maxDocument,
                              @DefaultValue("100MB") DataSize maxAudio, @DefaultValue("500MB") DataSize maxVideo) {

    long maxBytes(FileKind.Category category) {
        return switch (category) {
            case IMAGE -> maxImage.toBytes();
            case DOCUMENT -> maxDocument.toBytes();
            case AUDIO -> maxAudio.toBytes();
            case VIDEO -> maxVideo.toBytes();
        };
    }
}
