/**
 * 过错责任追究: the bureau's findings of fault against enforcement units and their officers, each from a source (a
 * lost lawsuit, a supervision finding, a case-file review, a transfer), with the handling (通报批评, persons handled
 * by kind, 移交纪委) or the decision not to pursue and its reason, and the counts the annual report gives.
 */
@NullMarked
package org.fazhi.supervision.accountability;

import org.jspecify.annotations.NullMarked;
