package org.fazhi.inspection.draw;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedDrawTests {

    @Test
    void readsBackWhatItWrote() throws IOException {
        PublishedDraw draw = DrawFixtures.published(DrawFixtures.county("round trip"), SingleSourceSeed.committed("round trip"));

        assertThat(read(write(draw))).isEqualTo(draw);
    }

    @Test
    void readsBackAPublicValueSeedAndNoCap() throws IOException {
        DrawInputs county = DrawFixtures.county("03 12 25 31 33 + 07");
        DrawInputs inputs = new DrawInputs(DrawFixtures.rules("0.03", "0.05", "0.10", "0.30", "0.05", 3, null, false),
                county.parties(), county.inspectors(), List.of(), county.seed());
        PublishedDraw draw = DrawFixtures.published(inputs, SingleSourceSeed.publicValue(inputs.seed(), "中国福利彩票双色球第2025030期开奖号码"));

        assertThat(read(write(draw))).isEqualTo(draw);
    }

    @Test
    void readsBackACombinedSeedWithItsWitnesses() throws IOException {
        PublishedDraw draw = DrawFixtures.combined("40417362");

        assertThat(read(write(draw))).isEqualTo(draw);
        assertThat(draw.format()).isEqualTo("fazhi-draw/2");
    }

    @Test
    void writesTheCombinedSeedFieldsInTheirFixedOrder() throws IOException {
        CombinedSeed seed = (CombinedSeed) DrawFixtures.combined("40417362").seed();

        assertThat(write(DrawFixtures.combined("40417362"))).startsWith("{\n  \"format\": \"fazhi-draw/2\",\n")
                .contains("""
                          "seed": {
                            "construction": "fazhi-seed-v2",
                            "commitment": "%s",
                            "secret": "%s",
                            "source": "公开抽签会",
                            "issue": null,
                            "publishedAt": "2025-03-10T10:00:00+08:00",
                            "readingAt": "2025-03-17T09:30:00+08:00",
                            "publicValue": "40417362",
                            "enteredBy": "bureau.410425",
                            "enteredAt": "2025-03-17T09:40:00+08:00",
                            "witnesses": [
                              "王见证",
                              "李见证"
                            ],
                            "value": "%s"
                          },
                        """.formatted(seed.announced().commitment(), DrawFixtures.SECRET, seed.value()));
    }

    @Test
    void writesTheFieldsInTheirFixedOrderOneDirectoryLineOrAssignmentPerLine() throws IOException {
        PublishedDraw draw = DrawFixtures.published(DrawFixtures.county("layout"), SingleSourceSeed.committed("layout"));
        String json = write(draw);

        assertThat(json).startsWith("{\n  \"format\": \"fazhi-draw/1\",\n  \"algorithm\": \"fazhi-draw-v1\",\n  \"plan\": {\n");
        assertThat(json).containsSubsequence("\"plan\"", "\"rules\"", "\"ratios\"", "\"A\": \"0.10\"", "\"-\": \"0.10\"",
                "\"inspectorsPerParty\": 2", "\"capPerInspector\": 10", "\"avoidResidence\": true", "\"seed\"",
                "\"mode\": \"COMMITTED\"", "\"commitment\"", "\"source\": null", "\"value\": \"layout\"", "\"partyDirectory\"",
                "\"digest\"", "\"count\": 300", "\"lines\"", "\"inspectorDirectory\"", "\"conflicts\"", "\"result\"",
                "\"assignments\"", "\"unstaffed\"");
        assertThat(json).contains("\n      \"1001,B,410425101\",\n");
        Assignment first = draw.result().assignments().get(0);
        assertThat(json).contains("\n      {\"party\": " + first.partyId() + ", \"inspectors\": [" + first.officerIds().get(0)
                + ", " + first.officerIds().get(1) + "]}");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void refusesAnotherFormat() {
        assertThatThrownBy(() -> read("{\"format\": \"fazhi-draw/3\"}")).isInstanceOf(IOException.class)
                .hasMessageContaining("缺少字段");
        String json = "{\"format\": \"fazhi-draw/3\", \"algorithm\": \"x\", \"plan\": {\"code\": \"1\", \"name\": \"n\", "
                + "\"region\": \"410425\"}, \"rules\": {\"ratios\": {}, \"inspectorsPerParty\": 2, \"avoidResidence\": false}, "
                + "\"seed\": {\"mode\": \"PUBLIC_VALUE\", \"source\": \"s\", \"value\": \"v\"}, "
                + "\"partyDirectory\": {\"digest\": \"d\", \"count\": 0, \"lines\": []}, "
                + "\"inspectorDirectory\": {\"digest\": \"d\", \"count\": 0, \"lines\": []}, "
                + "\"conflicts\": {\"digest\": \"d\", \"count\": 0, \"lines\": []}, "
                + "\"result\": {\"assignments\": [], \"unstaffed\": []}}";
        assertThatThrownBy(() -> read(json)).isInstanceOf(IOException.class)
                .hasMessageContaining("不是 fazhi-draw/1 或 fazhi-draw/2 格式");
        assertThatThrownBy(() -> read(json.replace("fazhi-draw/3", "fazhi-draw/2"))).isInstanceOf(IOException.class)
                .hasMessageContaining("缺少字段 witnesses");
        assertThat(json.replace("fazhi-draw/3", "fazhi-draw/1")).satisfies(valid -> assertThat(read(valid).plan().region())
                .isEqualTo("410425"));
    }

    @Test
    void saysWhereTheJsonIsBroken() {
        assertThatThrownBy(() -> read("{\n\"format\": \"fazhi-draw/1\",\n\"plan\": {\"code\": 5}}"))
                .isInstanceOf(IOException.class).hasMessageContaining("/plan/code").hasMessageContaining("第 3 行");
        assertThatThrownBy(() -> read("{\"format\": ")).isInstanceOf(IOException.class).hasMessageStartingWith("不是有效的 JSON");
    }

    @Test
    void refusesToPublishWithASeedOtherThanTheOneDrawnWith() {
        DrawInputs inputs = DrawFixtures.county("drawn with");

        assertThatThrownBy(() -> PublishedDraw.of(new PublishedDraw.Plan("1", "n", "410425"),
                SingleSourceSeed.committed("other"), inputs, RandomDraw.run(inputs)))
                .hasMessage("公布的种子与抽取所用的种子不同");
    }

    static String write(PublishedDraw draw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        draw.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static PublishedDraw read(String json) throws IOException {
        return PublishedDraw.readFrom(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
