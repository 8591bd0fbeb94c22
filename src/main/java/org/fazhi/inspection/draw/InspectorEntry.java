package org.fazhi.inspection.draw;

/**
 * One enforcement officer in the inspector directory (执法检查人员名录): only officers holding a valid
 * enforcement certificate belong in it, which the module checks before it fixes the directory.
 */
public record InspectorEntry(long officerId, long agencyId, String certificateNumber, String name) {

    public InspectorEntry {
        if (officerId <= 0 || agencyId <= 0) {
            throw new IllegalArgumentException("执法人员编号和所属执法主体编号必须为正数：" + officerId + "，" + agencyId);
        }
        if (certificateNumber == null || certificateNumber.isBlank()) {
            throw new IllegalArgumentException("执法人员 " + officerId + " 缺少执法证号");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("执法人员 " + officerId + " 缺少姓名");
        }
    }
}
