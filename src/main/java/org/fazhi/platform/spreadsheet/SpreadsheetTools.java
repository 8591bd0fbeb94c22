package org.fazhi.platform.spreadsheet;

import org.springframework.stereotype.Component;

/** The four spreadsheet services an import/export page needs, injected as one. */
@Component
public record SpreadsheetTools(SpreadsheetImports imports, XlsxTemplate template, XlsxExport export,
                               ImportReport report) {
}
