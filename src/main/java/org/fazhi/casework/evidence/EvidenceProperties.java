package org.fazhi.casework.evidence;

import java.util.Set;

import org.fazhi.platform.files.FileKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files ({@code fazhi.casework.evidence.*}): which kinds a case accepts, judged by their bytes (photos, PDF,
 * recordings, video; no Word files, which may carry macros and are not evidence as taken), and how large at most;
 * the store's own limit per category applies as well ({@code fazhi.files.max-*}: photos 10 MB, PDF 20 MB, audio
 * 100 MB, video 500 MB), and the web's ({@code spring.servlet.multipart.max-file-size}).
 *
 * @param kinds         the kinds accepted
 * @param maxSize       the largest evidence file of any kind
 * @param checkOnPageUpTo files up to this size have their digest checked again each time the case page shows them;
 *                      larger ones (videos) are checked when downloaded and by the integrity check
 *                      ({@code --verify-files}, {@code /actuator/files}), since reading them takes seconds
 */
@ConfigurationProperties("fazhi.casework.evidence")
public record EvidenceProperties(@DefaultValue({"JPEG", "PNG", "PDF", "MP3", "M4A", "AMR", "WAV", "MP4"})
                                 Set<FileKind> kinds,
                                 @DefaultValue("500MB") DataSize maxSize,
                                 @DefaultValue("50MB") DataSize checkOnPageUpTo) {

    public EvidenceProperties {
        kinds = Set.copyOf(kinds);
    }
}
