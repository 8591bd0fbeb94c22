/**
 * 表格导入导出: reads .xlsx and .csv uploads row by row against a {@link org.fazhi.platform.spreadsheet.SheetLayout}
 * (every cell checked before a row is handed on, problems kept by row and column so an import can be all or
 * nothing), and writes import templates, exports and error reports. Reading streams, so a million-row file never
 * sits in memory.
 */
@NamedInterface("spreadsheet")
@NullMarked
package org.fazhi.platform.spreadsheet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
