package org.fazhi.disclosure.redaction;

import java.util.List;

/**
 * Whether a person's name is the start of a business name ({@code 张三餐饮店}, {@code 王五烟酒商行}). Such names
 * stay: an individual business's registered name (字号) is public in the enterprise credit register, even when it
 * holds the owner's name, and the issue keeps enterprise and individual-business names.
 */
final class OrganisationNames {

    private static final int LONGEST_BUSINESS_WORDS = 14;
    private static final List<String> SUFFIXES = List.of("公司", "集团", "中心", "超市", "诊所", "药房", "药店", "门市",
            "商行", "合作社", "工作室", "事务所", "研究所", "学校", "幼儿园", "医院", "卫生室", "养殖场", "加工厂", "经营部",
            "批发部", "门市部", "服务部", "销售部", "商店", "饭店", "酒店", "餐厅", "宾馆", "旅馆", "门诊", "农家乐", "便利店",
            "有限", "车行", "农场", "卫生院", "加油站", "修理部");
    /** Only characters that end no common verb (进行, 现场, 法院 end in 行, 场, 院 and are no business). */
    private static final String ONE_CHARACTER_SUFFIXES = "店馆厂社坊";

    private OrganisationNames() {
    }

    /** True when the words from {@code end} on, up to the next punctuation or connecting word, name a business. */
    static boolean continuesAfter(String text, int end) {
        int runEnd = end;
        while (runEnd < text.length() && runEnd - end < LONGEST_BUSINESS_WORDS && Text.isChinese(text.charAt(runEnd))
                && !ChineseNames.follows(text.charAt(runEnd))) {
            runEnd++;
        }
        if (runEnd == end) {
            return false;
        }
        String run = text.substring(end, runEnd);
        return ONE_CHARACTER_SUFFIXES.indexOf(run.charAt(run.length() - 1)) >= 0
                || SUFFIXES.stream().anyMatch(run::contains);
    }
}
