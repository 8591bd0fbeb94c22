package org.fazhi.disclosure.redaction;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whether a natural person's name starts at a position: a surname (compound ones first), one or two given-name
 * characters, then a boundary — punctuation, the end, or a character that follows names but hardly ever ends one
 * ({@code 在}, {@code 的}, {@code 系}, {@code 称}, {@code 证}, …). The boundary is what tells {@code 张三在…} (a name)
 * from {@code 张三餐饮店} and {@code 王记烩面馆} (business names).
 */
final class ChineseNames {

    /** A name found: {@code [start, end)}, of which the first {@code surnameLength} characters are the surname. */
    record Name(int start, int end, int surnameLength) {
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
            + "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
            + "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季"
            + "裴霍涂成苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆卓古吉缪简项芦麦褚娄窦戚岑景宫费卜冷晏席卫米"
            + "柏宗瞿桂佟臧闵苟邬卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝谈匡鞠惠荆冀郁胥储栗燕楚鄢谌奚粟冼蔺"
            + "闻厉伊仝郜阎帅汲郏";

    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "司空", "端木", "西门", "南宫", "独孤", "轩辕", "闻人",
            "万俟", "澹台", "公冶", "呼延", "申屠", "太史", "钟离", "赫连", "濮阳", "百里", "东郭", "第五");

    /** Follows a name; never the second character of a two-character given name. */
    private static final String AFTER_NAME = "在于的系是称将因未已对与及等被把所到也都就曾并即说认签拒驾销购处证陈供述之现住"
            + "男女则作经擅私涉违均亦从向为承无不没持使提予给让叫出又再还却仍要需应可会能以来去了着过该此其他她们确主如告"
            + "申辩知多次长期分别共同已经当负和代通";

    /** Follows names (张三如实陈述) but also ends given names (司马相如). */
    private static final String ALSO_SECOND_GIVEN = "如";

    /** Never the first given-name character (某 is a name already redacted). */
    private static final String NEVER_FIRST_GIVEN = "某在的系是称将因未已对与及等被把所到也都就曾并即说认拒驾销购处之现住男女则"
            + "擅私涉违亦无不没让了着过该此其他她们";

    /** Words that start like a name after a cue but are not one (当事人高价销售, 当事人陈述称). */
    private static final List<String> NOT_NAMES = List.of("于当", "于同", "于次", "于某", "于其", "高价", "高于", "高额",
            "陈述", "申辩", "申请", "申报", "费用", "冷藏", "封存", "尚未", "符合", "项目", "卫生", "余额", "施工", "温度",
            "易燃", "齐全", "劳动", "方式", "方面", "方法", "向执", "向本", "向其", "向该", "向消", "向社", "向顾",
            "向他", "向公", "向市", "向县", "向相", "向有", "向法", "常年", "常住", "经营", "华某", "伍某", "曾经", "曾因",
            "曾于", "曾被", "曾在", "曾多", "曾以", "曾向", "曾对", "曾与", "曾受", "包括", "包装", "简易", "谈话", "惠民", "苗木", "成立", "宁可", "毛利", "严重", "严格",
            "沙子", "甘愿", "季度", "龙头", "牛肉", "羊肉", "米面", "鲁莽", "关于", "冀望", "席位", "程序", "范围", "杜绝",
            "吉利", "巩固", "师傅", "谈及", "房屋", "景区", "伊始", "左右", "于本", "汤面", "贾某", "祝贺", "任何", "任意",
            "任职", "任其", "邢台", "郁闷", "迟延", "迟迟", "储存", "储藏", "占用", "贺信", "郝某", "潘某", "钱款", "钱财",
            "江某", "文件", "文书", "付款", "付清", "关门", "关闭", "关停", "关店", "应当", "严禁", "陆续", "温馨", "田间", "董事", "黄金", "章程", "周边", "周围", "周某", "万元", "万余", "于法");

    private ChineseNames() {
    }

    static boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /** The surname length of a known full name: 2 for a compound surname, else 1. */
    static int surnameLength(String name) {
        return name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
    }

    /** Where a name already redacted (张某, 欧阳某某) that starts at {@code start} ends, or -1. */
    static int redactedNameEnd(String text, int start) {
        int at = start + 1 < text.length() && COMPOUND_SURNAMES.contains(text.substring(start, start + 2)) ? start + 2
                : start < text.length() && isSurname(text.charAt(start)) ? start + 1 : -1;
        if (at < 0 || at >= text.length() || text.charAt(at) != '某') {
            return -1;
        }
        return at + 1 < text.length() && text.charAt(at + 1) == '某' ? at + 2 : at + 1;
    }

    static boolean follows(char c) {
        return AFTER_NAME.indexOf(c) >= 0;
    }

    /** A name starting exactly at {@code start}, or null. */
    static @Nullable Name nameAt(String text, int start) {
        if (start + 1 < text.length() && COMPOUND_SURNAMES.contains(text.substring(start, start + 2))) {
            Name compound = withGivenName(text, start, 2);
            if (compound != null) {
                return compound;
            }
        }
        return start < text.length() && isSurname(text.charAt(start)) ? withGivenName(text, start, 1) : null;
    }

    private static @Nullable Name withGivenName(String text, int start, int surnameLength) {
        int givenStart = start + surnameLength;
        if (text.startsWith("先生", givenStart) || text.startsWith("女士", givenStart)) {
            return null;
        }
        for (int givenLength = 2; givenLength >= 1; givenLength--) {
            int end = givenStart + givenLength;
            if (end <= text.length() && isGivenName(text, givenStart, end) && endsName(text, end)
                    && !isWord(text, start, end)) {
                return new Name(start, end, surnameLength);
            }
        }
        return null;
    }

    private static boolean isGivenName(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Text.isChinese(text.charAt(i))) {
                return false;
            }
        }
        return NEVER_FIRST_GIVEN.indexOf(text.charAt(start)) < 0 && (end - start == 1 || !follows(text.charAt(end - 1))
                || ALSO_SECOND_GIVEN.indexOf(text.charAt(end - 1)) >= 0);
    }

    static boolean endsName(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char next = text.charAt(end);
        return !(Text.isChinese(next) || Text.isAsciiLetterOrDigit(next)) || follows(next);
    }

    private static boolean isWord(String text, int start, int end) {
        for (String word : NOT_NAMES) {
            if (text.startsWith(word, start) && word.length() <= end - start + 1) {
                return true;
            }
        }
        return false;
    }
}
