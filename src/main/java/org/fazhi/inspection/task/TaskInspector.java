package org.fazhi.inspection.task;

/** An inspector of a task as certified when assigned (执法证号 shown to the enterprise). */
public record TaskInspector(long officerId, long agencyId, String name, String certificateNumber) {
}
