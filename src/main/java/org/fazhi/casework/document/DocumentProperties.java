package org.fazhi.casework.document;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the county keeps its own document templates.
 *
 * @param templates folder of templates that replace the shipped ones, file by file (same file name); unset means
 *                  {@code ${fazhi.data-dir}/templates/casework}
 */
@ConfigurationProperties("fazhi.casework.documents")
public record DocumentProperties(@Nullable Path templates) {
}
