package org.fazhi.inspection.generation;

import java.util.List;
import java.util.SplittableRandom;

/** The Chinese texts generated records carry: why a task exists, what it found, what the enterprise said. */
final class Wording {

    private static final List<String> ISSUES = List.of("经营场所卫生状况差", "超范围经营", "存在安全隐患", "噪声扰民",
            "销售过期商品", "无证经营", "消防通道堵塞", "污水直排", "价格标示不清", "虚假宣传", "计量器具不准",
            "从业人员无健康证明");
    private static final List<String> REFERRERS = List.of("市级主管部门交办", "县纪委监委移送", "相关部门移送",
            "上级督查反馈");
    private static final List<String> CAMPAIGN_THEMES = List.of("安全生产", "食品安全", "消防安全", "特种设备安全",
            "生态环境保护", "产品质量", "价格秩序", "燃气安全", "校园周边环境", "药品安全");
    private static final List<String> FINDINGS = List.of("未发现违法违规问题", "经营资质齐全，台账记录规范",
            "现场检查情况正常");
    private static final List<String> DEFECTS = List.of("进货查验记录不全，责令限期整改", "部分设备未按期检验，责令整改",
            "安全管理制度未落实，责令整改", "标签标识不规范，责令限期改正");
    private static final List<String> SHORTFALLS = List.of("未达到检查标准，现场已指出", "相关记录缺失或不完整",
            "现场检查发现不符合要求", "资料不全，需补充完善");
    private static final List<String> CASES = List.of("涉嫌无证经营，移交立案查处", "涉嫌销售不合格产品，已立案调查",
            "存在重大安全隐患且拒不整改，立案查处");
    private static final List<String> REFUSALS = List.of("检查事由不充分，不予批准", "与近期检查重复，请合并检查",
            "年度检查次数已达上限，不予批准");
    private static final List<String> PRAISE = List.of("执法人员亮证规范，态度和蔼", "检查高效，没有影响正常经营",
            "讲解政策耐心细致", "指出问题并帮助整改，很有帮助");
    private static final List<String> GRUMBLES = List.of("检查时间过长，影响经营", "要求提供的材料过多",
            "态度生硬，解释不清", "同一事项重复检查");
    private static final List<String> COMPLAINTS = List.of("执法人员检查时态度粗暴，要求司法局核查。",
            "一个月内被多个部门重复检查，请求规范检查频次。", "检查人员未出示执法证件，请核实是否为本次检查人员。",
            "检查要求提供与检查事项无关的材料，加重企业负担。");
    private static final List<String> ANSWERS = List.of("经核查，已责成检查单位整改并向企业说明情况。",
            "经核查，检查程序合法，已向企业作出解释。", "已将相关检查纳入“综合查一次”，减少重复检查。");

    private Wording() {
    }

    static String complaintOrigin(SplittableRandom random) {
        return "12345热线转办：群众反映" + Picks.one(ISSUES, random);
    }

    static String referralOrigin(SplittableRandom random) {
        return Picks.one(REFERRERS, random) + "：" + Picks.one(ISSUES, random) + "线索";
    }

    static String clueOrigin(SplittableRandom random) {
        return "日常巡查发现" + Picks.one(ISSUES, random) + "线索";
    }

    static String campaignTheme(SplittableRandom random) {
        return Picks.one(CAMPAIGN_THEMES, random);
    }

    static String finding(SplittableRandom random) {
        return Picks.one(FINDINGS, random);
    }

    static String defect(SplittableRandom random) {
        return Picks.one(DEFECTS, random);
    }

    /** What an inspector notes at a check point found 不符合. */
    static String shortfall(String checkPoint, SplittableRandom random) {
        return checkPoint + "：" + Picks.one(SHORTFALLS, random);
    }

    /** A result's note citing the first check point found 不符合. */
    static String citing(String checkPoint, boolean caseToFile) {
        return checkPoint + "不符合要求，" + (caseToFile ? "移送立案查处" : "责令限期整改");
    }

    static String caseToFile(SplittableRandom random) {
        return Picks.one(CASES, random);
    }

    static String refusal(SplittableRandom random) {
        return Picks.one(REFUSALS, random);
    }

    static String ratingComment(int score, SplittableRandom random) {
        return score >= 4 ? Picks.one(PRAISE, random) : Picks.one(GRUMBLES, random);
    }

    static String complaint(SplittableRandom random) {
        return Picks.one(COMPLAINTS, random);
    }

    static String answer(SplittableRandom random) {
        return Picks.one(ANSWERS, random);
    }

    /** What a non-enforcement visit was for, by its kind (调研、政策宣讲、服务、督导). */
    static String purpose(String kind, SplittableRandom random) {
        return switch (kind) {
            case "SURVEY" -> Picks.one(List.of("企业生产经营情况调研", "营商环境问卷调研", "用工情况调研"), random);
            case "POLICY" -> Picks.one(List.of("惠企政策宣讲", "安全生产法律法规宣讲", "税费优惠政策解读"), random);
            case "SERVICE" -> Picks.one(List.of("上门帮办审批事项", "协调解决用地用电问题", "信用修复指导服务"), random);
            default -> Picks.one(List.of("整改落实情况督导", "安全生产责任落实督导"), random);
        };
    }
}
