/**
 * 平台基础: cross-cutting machinery every module uses — the page shell, error answers in Chinese, field
 * encryption keys, spreadsheet import and export, demo-mode switch. Holds no business data.
 */
@NullMarked
package org.fazhi.platform;

import org.jspecify.annotations.NullMarked;
