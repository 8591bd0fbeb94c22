package org.fazhi.casework.document;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The abbreviation an agency's numbers begin with, derived from its name and region unless configured. */
class AgencyAbbreviationsTests {

    @ParameterizedTest
    @CsvSource({
            "郏县市场监督管理局, 郏县, 郏市监",
            "平顶山市生态环境局郏县分局, 郏县, 郏环",
            "郏县文化广电和旅游局, 郏县, 郏文旅",
            "郏县自然资源局, 郏县, 郏自然资",
            "郏县卫生健康委员会, 郏县, 郏卫健",
            "郏县住房和城乡建设局, 郏县, 郏住建",
            "郏县城市管理局, 郏县, 郏城管",
            "国家税务总局郏县税务局, 郏县, 郏税",
            "郏县人民防空办公室, 郏县, 郏人防",
            "郏县教育体育局, 郏县, 郏教体",
            "宝丰县市场监督管理局, 宝丰县, 宝市监",
            "薛店镇综合行政执法大队, 薛店镇, 薛店综执",
            "姚庄回族乡综合行政执法大队, 姚庄回族乡, 姚庄综执",
            "龙山街道综合行政执法大队, 龙山街道, 龙山综执",
            "郏县供销合作社, 郏县, 郏供销",
            "郏县档案馆, 郏县, 郏档案"
    })
    void aDepartmentIsItsPlaceAndItsCustomaryShortForm(String agency, String region, String abbreviation) {
        assertThat(AgencyAbbreviations.derive(agency, region)).isEqualTo(abbreviation);
    }

    @Test
    void aConfiguredAbbreviationWinsOverTheDerivedOne() {
        NumberingProperties numbering = new NumberingProperties(NumberPattern.DEFAULT, Map.of(),
                Map.of("郏县城市管理局", "郏城执"));
        AgencyAbbreviations abbreviations = new AgencyAbbreviations(null, null, numbering);

        assertThat(abbreviations.of("郏县城市管理局", "郏县")).isEqualTo("郏城执");
        assertThat(abbreviations.of("郏县水利局", "郏县")).isEqualTo("郏水");
    }
}
