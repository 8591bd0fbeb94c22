package org.fazhi.supervision.review;

/**
 * One closed case in the published directory of eligible files (可抽取案卷名录): its id, the agency that handled it
 * and its case code. Its canonical line is {@code caseId,agencyId,caseCode}.
 */
public record CaseFileEntry(long caseId, long agencyId, String caseCode) {

    public CaseFileEntry {
        if (caseId <= 0 || agencyId <= 0) {
            throw new IllegalArgumentException("案卷 " + caseId + " 的编号或执法主体无效");
        }
        if (caseCode == null || caseCode.isBlank() || caseCode.contains(",") || caseCode.contains("\n")
                || caseCode.contains("\r") || !caseCode.strip().equals(caseCode)) {
            throw new IllegalArgumentException("案卷 " + caseId + " 的案件编号须为不含逗号、换行和首尾空格的文字：" + caseCode);
        }
    }

    public String line() {
        return caseId + "," + agencyId + "," + caseCode;
    }

    /** Reads a canonical line back, strictly: three fields, ids in decimal without sign or leading zeros. */
    public static CaseFileEntry parse(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("案卷名录行应有 3 栏：" + line);
        }
        CaseFileEntry entry = new CaseFileEntry(id(fields[0], line), id(fields[1], line), fields[2]);
        if (!entry.line().equals(line)) {
            throw new IllegalArgumentException("案卷名录行不是规范形式：" + line);
        }
        return entry;
    }

    private static long id(String field, String line) {
        if (!field.matches("[1-9][0-9]{0,17}")) {
            throw new IllegalArgumentException("案卷名录行的编号无效：" + line);
        }
        return Long.parseLong(field);
    }
}
