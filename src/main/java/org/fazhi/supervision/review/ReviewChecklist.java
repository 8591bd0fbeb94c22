package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How case files are scored (评查标准) and judged: the checklist's parts and items with their points
 * ({@code fazhi.supervision.review.parts[i].code}, {@code .name}, {@code .items[j].code}, {@code .text},
 * {@code .points}); the score from which a file is 优秀案卷; the spread between reviewers above which the file is
 * flagged for a second look; and the public randomness sources a campaign may name. Without configuration: 100
 * points over 主体, 事实与证据, 程序, 法律适用, 裁量, 文书, 归档.
 */
@ConfigurationProperties("fazhi.supervision.review")
public record ReviewChecklist(@Nullable List<Part> parts, @Nullable BigDecimal excellentFrom,
                              @Nullable BigDecimal spreadFlag, @Nullable List<String> randomnessSources) {

    /** A part of the checklist (e.g. 程序) and its items. */
    public record Part(String code, String name, List<Item> items) {

        public int points() {
            return items.stream().mapToInt(Item::points).sum();
        }
    }

    /** One thing a reviewer checks, worth up to {@code points}. */
    public record Item(String code, String text, int points) {
    }

    static final List<Part> DEFAULT_PARTS = List.of(
            new Part("SUBJECT", "执法主体", List.of(
                    new Item("S1", "执法主体合法，在法定职权范围内实施", 6),
                    new Item("S2", "执法人员持有效执法证件，不少于两人", 4))),
            new Part("FACTS", "事实与证据", List.of(
                    new Item("F1", "违法事实清楚，当事人认定准确", 10),
                    new Item("F2", "证据确实充分，收集程序合法", 10),
                    new Item("F3", "证据之间相互印证，形成完整证据链", 5))),
            new Part("PROCEDURE", "执法程序", List.of(
                    new Item("P1", "立案、调查、审查、决定程序完整，期限合法", 10),
                    new Item("P2", "告知、陈述申辩、听证权利保障到位", 8),
                    new Item("P3", "重大执法决定经法制审核、集体讨论", 7))),
            new Part("LAW", "法律适用", List.of(
                    new Item("L1", "适用法律、法规、规章准确，引用条款具体", 10),
                    new Item("L2", "定性准确", 5))),
            new Part("DISCRETION", "裁量", List.of(
                    new Item("D1", "符合裁量基准，过罚相当", 6),
                    new Item("D2", "从轻、减轻、不予处罚的理由充分", 4))),
            new Part("DOCUMENTS", "执法文书", List.of(
                    new Item("W1", "文书格式规范，要素齐全", 5),
                    new Item("W2", "文书送达合法", 5))),
            new Part("ARCHIVE", "立卷归档", List.of(
                    new Item("A1", "案卷装订规范，材料齐全，按时归档", 5))));

    static final List<String> DEFAULT_SOURCES = List.of("中国福利彩票双色球", "中国体育彩票超级大乐透", "公开抽签会");

    public ReviewChecklist {
        parts = parts == null || parts.isEmpty() ? DEFAULT_PARTS : List.copyOf(parts);
        excellentFrom = excellentFrom == null ? new BigDecimal("90") : excellentFrom;
        spreadFlag = spreadFlag == null ? new BigDecimal("15") : spreadFlag;
        randomnessSources = randomnessSources == null || randomnessSources.isEmpty() ? DEFAULT_SOURCES
                : List.copyOf(randomnessSources);
    }

    /** The checklist without configuration. */
    public static ReviewChecklist defaults() {
        return new ReviewChecklist(null, null, null, null);
    }

    @Override
    public List<Part> parts() {
        return parts == null ? DEFAULT_PARTS : parts;
    }

    @Override
    public BigDecimal excellentFrom() {
        return excellentFrom == null ? new BigDecimal("90") : excellentFrom;
    }

    @Override
    public BigDecimal spreadFlag() {
        return spreadFlag == null ? new BigDecimal("15") : spreadFlag;
    }

    @Override
    public List<String> randomnessSources() {
        return randomnessSources == null ? DEFAULT_SOURCES : randomnessSources;
    }

    public int totalPoints() {
        return parts().stream().mapToInt(Part::points).sum();
    }

    public Optional<Part> partOf(String itemCode) {
        return parts().stream().filter(part -> part.items().stream().anyMatch(item -> item.code().equals(itemCode)))
                .findFirst();
    }

    public Optional<Item> item(String itemCode) {
        return parts().stream().flatMap(part -> part.items().stream()).filter(item -> item.code().equals(itemCode))
                .findFirst();
    }
}
