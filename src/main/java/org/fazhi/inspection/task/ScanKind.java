package org.fazhi.inspection.task;

/** What was scanned to verify or check in a visit. */
public enum ScanKind {
    /** The task's visit code, by the enterprise (扫码入企). */ VISIT_CODE,
    /** The enterprise's business licence, by an inspector (扫照签到, 无感赋码). */ LICENCE
}
