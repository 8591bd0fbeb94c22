package org.fazhi.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.entities.party.PartyDraft;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartyLookups;
import org.fazhi.entities.party.PartyMark;
import org.fazhi.entities.party.PartyRules;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyRulesTests {

    @TempDir
    Path keys;

    private PartyRules rules;
    private final PartyLookups lookups = new PartyLookups(Map.of("堂街镇", RegionCode.of("410425102")),
            Set.of("410425", "410425102"), Map.of("C13", "C13", "13", "C13", "C", "C", "农副食品加工业", "C13",
            "F52", "F52", "52", "F52", "F", "F"));

    @BeforeEach
    void rules() {
        rules = new PartyRules(new FieldCipher(keys.resolve("fazhi.keys")));
    }

    private static PartyForm form(PartyKind kind, String code, String region, String industry, String phone) {
        return new PartyForm(kind, code, "郏县恒达建材有限公司", region, "建设路18号", industry, null, false, "王经理",
                phone, PartyStatus.OPERATING, CreditGrade.B, List.of(PartyMark.CONTACT_POINT), 0);
    }

    @Test
    void anEnterpriseIsKeyedByItsCreditCodeAndItsPhoneIsEncryptedAndMasked() {
        String code = EntitiesTestData.enterpriseCode();
        PartyDraft draft = rules.check(form(PartyKind.ENTERPRISE, code, "堂街镇", "13", "13812345678"), lookups, null);
        assertThat(draft.identityKey()).isEqualTo("CC:" + code);
        assertThat(draft.party().region()).isEqualTo(RegionCode.of("410425102"));
        assertThat(draft.party().industryCode()).isEqualTo("C13");
        assertThat(draft.party().contactPhoneMasked()).isEqualTo("138****5678");
        assertThat(draft.contactPhoneCipher()).doesNotContain("13812345678");
    }

    @Test
    void aPersonIsKeyedByTheHashOfTheIdNumberWhichIsNeverKeptInClear() {
        String id = EntitiesTestData.personId();
        PartyDraft draft = rules.check(form(PartyKind.PERSON, id, "410425102", "农副食品加工业", ""), lookups, null);
        assertThat(draft.identityKey()).startsWith("ID:").doesNotContain(id);
        assertThat(draft.idNumberCipher()).doesNotContain(id);
        assertThat(draft.party().idNumberMasked()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(draft.party().creditCode()).isNull();
    }

    @Test
    void takesAnIndustryCodeAtAnyDepthWithOrWithoutItsSectionAndKeepsTheDivision() {
        assertThat(List.of("5212", "F5212", "f5212", "521", "F52", "52", " 52 "))
                .allSatisfy(typed -> assertThat(lookups.industry(typed)).contains("F52"));
        assertThat(lookups.industry("F")).contains("F");
        assertThat(lookups.industry("农副食品加工业")).contains("C13");
        assertThat(List.of("C5212", "9912", "5", "F521234", "Z", "零售")).allSatisfy(typed ->
                assertThat(lookups.industry(typed)).isEmpty());
    }

    @Test
    void aMaskedPhoneAsExportsShowItLeavesTheStoredPhoneAlone() {
        PartyDraft draft = rules.check(form(PartyKind.ENTERPRISE, EntitiesTestData.enterpriseCode(), "堂街镇", "13",
                "138****5678"), lookups, null);
        assertThat(draft.contactPhoneCipher()).isNull();
        assertThat(draft.party().contactPhoneMasked()).isNull();
    }

    @Test
    void namesEveryProblemOfTheRow() {
        assertThatThrownBy(() -> rules.check(form(PartyKind.ENTERPRISE, "91410425ABCDEFGH12", "火星镇", "Z99",
                "12345"), lookups, null))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("code", "regionCode", "industryCode", "contactPhone"));
        assertThatThrownBy(() -> rules.check(form(PartyKind.PERSON, "", "堂街镇", "", ""), lookups, null))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("entities.party.id-number.required"));
    }
}
