package org.fazhi.catalog.checklist;

import org.jspecify.annotations.Nullable;

/**
 * A check point as it will be saved, once its texts passed {@link CheckPointRules}: {@code id} names the point it
 * replaces (the same point, edited), null for a new one.
 */
record CheckPointDraft(@Nullable Long id, String content, String standard, @Nullable String legalBasis,
                       boolean keyPoint) {
}
