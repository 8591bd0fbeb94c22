package org.fazhi.entities.generation;

import java.util.List;
import java.util.Random;

import org.fazhi.shared.CreditCode;
import org.fazhi.shared.IdNumber;

/**
 * Plausible regulated parties for a county, as spreadsheet rows: mostly individual businesses (shops, restaurants)
 * and small enterprises, a few persons and organisations, grades mostly B, a few 五上企业. Deterministic for a seed.
 */
final class PartyFaker {

    private static final String ORG = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String TRADE = "鑫盛源泰祥瑞丰华宏达恒兴隆昌富茂宇森旺德顺发金鼎天佳誉康宁安福裕鸿嘉盈汇通广博利民众诚信义仁和美新永";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华玉萍红玲芬建国志强文博浩然宇航晓东海燕春梅振华永刚新民";

    /** An industry, its weight among the county's parties, and words that go into names in it. */
    private record Trade(String industry, int weight, boolean individual, List<String> words) {
    }

    private static final List<Trade> TRADES = List.of(
            new Trade("F52", 30, true, List.of("便利店", "超市", "日用品店", "百货商店", "烟酒店", "粮油店", "农资店", "药店")),
            new Trade("H62", 16, true, List.of("烩面馆", "饭店", "餐馆", "小吃部", "烧烤店", "饺子馆", "面馆")),
            new Trade("O80", 8, true, List.of("理发店", "洗衣店", "美容院", "家政服务部", "摄影部")),
            new Trade("O81", 5, true, List.of("汽车修理部", "家电维修部", "手机维修店")),
            new Trade("F51", 8, false, List.of("商贸", "贸易", "物资", "农产品")),
            new Trade("C13", 4, false, List.of("食品加工", "粮油加工", "饲料")),
            new Trade("C30", 4, false, List.of("建材", "陶瓷", "水泥制品")),
            new Trade("C33", 3, false, List.of("五金制品", "金属结构")),
            new Trade("E47", 4, false, List.of("建筑工程", "建设工程")),
            new Trade("E50", 3, false, List.of("装饰工程", "装修")),
            new Trade("A01", 6, false, List.of("农业", "种植专业合作社", "农业科技")),
            new Trade("A03", 3, false, List.of("养殖", "畜牧养殖专业合作社")),
            new Trade("G54", 3, false, List.of("运输", "物流")),
            new Trade("H61", 2, true, List.of("宾馆", "旅社", "酒店")),
            new Trade("K70", 1, false, List.of("房地产开发", "置业")));
    private static final int TOTAL_WEIGHT = TRADES.stream().mapToInt(Trade::weight).sum();

    private final Random random;
    private final long offset;
    private long serial;
    private final String county;
    private final String countyName;
    private final List<String> townships;

    PartyFaker(long seed, String county, String countyName, List<String> townships) {
        this.random = new Random(seed);
        this.offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, 18_000_000L);
        this.county = county;
        this.countyName = countyName;
        this.townships = List.copyOf(townships);
    }

    /** One row in the order of the party sheet's columns. */
    List<String> next() {
        Trade trade = trade();
        String township = townships.get(random.nextInt(100) < 30 ? 0 : random.nextInt(townships.size()));
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        int roll = random.nextInt(100);
        if (roll < 4) {
            return row("自然人", idNumber(), person(), township, "", "", false, "", phone);
        }
        if (roll < 8) {
            return row("其他组织", creditCode("52"), countyName + trade(2) + "协会", township, "S95", "", false, "", phone);
        }
        String name = countyName + trade(2 + random.nextInt(2)) + pick(trade.words());
        if (trade.individual()) {
            return row("个体工商户", creditCode("92"), name, township, trade.industry(), "微型", false, person(), phone);
        }
        boolean fiveAbove = random.nextInt(100) < 6;
        String scale = fiveAbove ? (random.nextBoolean() ? "中型" : "大型") : (random.nextInt(3) == 0 ? "微型" : "小型");
        String form = trade.words().get(0).contains("合作社") ? "" : random.nextInt(5) == 0 ? "股份有限公司" : "有限公司";
        return row("企业", creditCode("91"), name + form, township, trade.industry(), scale, fiveAbove, person(), phone);
    }

    private List<String> row(String kind, String code, String name, String township, String industry, String scale,
                             boolean fiveAbove, String contact, String phone) {
        int grade = random.nextInt(100);
        String credit = grade < 15 ? "A" : grade < 80 ? "B" : grade < 95 ? "C" : "D";
        String marks = random.nextInt(1000) < 3 ? "企业联系点" : "";
        return List.of(kind, code, name, township, township + address(), industry, scale, fiveAbove ? "是" : "否",
                contact, phone, "存续", credit, marks);
    }

    private Trade trade() {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Trade trade : TRADES) {
            roll -= trade.weight();
            if (roll < 0) {
                return trade;
            }
        }
        return TRADES.get(0);
    }

    private String trade(int length) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(TRADE.charAt(random.nextInt(TRADE.length())));
        }
        return name.toString();
    }

    private String person() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
    }

    private String address() {
        return pick(List.of("建设路", "人民路", "解放路", "文化路", "新华街", "东大街", "商贸街", "工业路")) + (1 + random.nextInt(300)) + "号";
    }

    /**
     * A valid credit code, unique within the generation: three random characters, then the row's serial number
     * in base 31 (distinct serials give distinct codes).
     */
    private String creditCode(String prefix) {
        StringBuilder body = new StringBuilder(prefix).append(county);
        for (int i = 0; i < 3; i++) {
            body.append(ORG.charAt(random.nextInt(ORG.length())));
        }
        long value = ++serial;
        char[] digits = new char[6];
        for (int i = 5; i >= 0; i--) {
            digits[i] = ORG.charAt((int) (value % ORG.length()));
            value /= ORG.length();
        }
        body.append(digits);
        return body + String.valueOf(CreditCode.checkCharacter(body.toString()));
    }

    /**
     * A valid ID number, unique within the generation: the serial (offset by the seed, so generations with other
     * seeds rarely meet) picks the birth date and the sequence number.
     */
    private String idNumber() {
        long value = ++serial + offset;
        int days = 50 * 365;
        java.time.LocalDate birth = java.time.LocalDate.of(1950, 1, 1).plusDays(value % days);
        String body = county + birth.toString().replace("-", "") + String.format("%03d", (value / days) % 1000);
        return body + IdNumber.checkCharacter(body);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
