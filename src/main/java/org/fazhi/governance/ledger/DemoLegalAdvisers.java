package org.fazhi.governance.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo county's legal advisers, one per body of the registry for most bodies, so that 法律顾问覆盖率 shows what a
 * county's usually does: most bodies covered, some not. Every eighth agency (from the sixth) has none, and the third
 * had one whose term ended a month ago; the others have a 法律顾问 on a three-year term (one in five a 公职律师, whose
 * post has no term), appointed two months to two and a half years ago. Townships' teams are listed as 镇（街道）.
 */
final class DemoLegalAdvisers {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
            "孙", "马", "朱", "胡", "郭");
    private static final List<String> GIVEN = List.of("建国", "丽华", "志强", "秀英", "明", "静", "伟", "海燕", "磊",
            "晓东", "红梅", "军", "文博", "婷", "国庆", "雪");
    private static final int TERM_DAYS = 3 * 365;

    private DemoLegalAdvisers() {
    }

    /** The form values of each adviser, for agencies by id and name in the registry's order. */
    static List<Map<String, String>> of(Map<Long, String> agencies, Set<Long> townshipTeams, LocalDate today) {
        List<Map<String, String>> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, String> agency : agencies.entrySet()) {
            int n = i++;
            if (n % 8 == 5) {
                continue;
            }
            boolean lapsed = n == 2;
            boolean publicLawyer = !lapsed && n % 5 == 3;
            LocalDate appointed = lapsed ? today.minusDays(TERM_DAYS + 30) : today.minusDays(60 + (n * 37L) % 850);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", SURNAMES.get(n % SURNAMES.size()) + GIVEN.get((n * 7) % GIVEN.size()));
            row.put("body", agency.getValue());
            row.put("bodyAgency", Long.toString(agency.getKey()));
            row.put("bodyLevel", townshipTeams.contains(agency.getKey()) ? "镇（街道）" : "县直部门");
            row.put("adviserType", publicLawyer ? "公职律师" : "法律顾问");
            row.put("profession", publicLawyer ? "其他" : n % 6 == 4 ? "高校教师" : n % 6 == 1 ? "基层法律服务工作者" : "律师");
            row.put("appointedOn", appointed.toString());
            if (!publicLawyer) {
                row.put("termEndsOn", appointed.plusDays(TERM_DAYS - 1).toString());
            }
            rows.add(row);
        }
        return rows;
    }
}
